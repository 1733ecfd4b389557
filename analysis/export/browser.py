"""kaleido's Chromium, kept on one page between images instead of reloading it after each.

kaleido 1.5 reloads its page after every image, which re-parses the 4.8 MB plotly.js: 200-300 ms
of a 400-500 ms export on our two cores (profiled with kaleido's own render log), more than the
drawing itself. plotly.js's `toImage` draws each figure into a fresh div and purges it, and the
PDF page size is set anew for every PDF, so the page can be reused; the JS heap went from 35 to
39 MB over 200 images. The page is still reloaded after a render that wrote to the browser
console (kaleido_scopes.js logs a failed render there) and every RELOAD_EVERY images, so whatever
a render could leave behind stays bounded.

Imported only when the first image is asked for: kaleido and choreographer cost import time the
app and CLI need not pay otherwise. `_return_kaleido_tab` is kaleido's private hook, hence the pin
`kaleido==1.5.0` in requirements.txt; a kaleido that stops calling it is slower, not wrong.
"""

from __future__ import annotations

import kaleido

RELOAD_EVERY = 100  # images per page load


class ReusingKaleido(kaleido.Kaleido):
    """A kaleido browser whose tabs keep plotly.js loaded between images."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._images_since_load: dict[str, int] = {}

    async def _return_kaleido_tab(self, tab) -> None:
        target = tab.tab.target_id
        drawn = self._images_since_load.get(target, 0) + 1
        if tab.js_logger.log or drawn >= RELOAD_EVERY:
            await tab.reload()  # also clears the console log
            drawn = 0
        self._images_since_load[target] = drawn
        await self.tabs_ready.put(tab)


async def open_browser() -> ReusingKaleido:
    """Chromium started, plotly.js loaded in one tab, ready for `calc_fig`."""
    browser = ReusingKaleido(n=1, mathjax=False)  # no MathJax: nothing is fetched from the network
    await browser.open()
    return browser
