"""Trading calendars in tapecheck's vocabulary, on the real exchange_calendars data."""

from __future__ import annotations

import datetime as dt

from data.calendars import MarketState, calendar_for

D = dt.date


def test_hong_kong_is_closed_for_christmas_and_closes_early_on_christmas_eve():
    hk = calendar_for("XHKG")
    assert not hk.is_session(D(2024, 12, 25)) and not hk.is_session(D(2024, 12, 26))
    assert hk.is_early_close(D(2024, 12, 24))
    assert hk.close_utc(D(2024, 12, 24)) == dt.datetime(2024, 12, 24, 4, 0, tzinfo=dt.timezone.utc)


def test_shanghai_trades_on_christmas():
    assert calendar_for("XSHG").is_session(D(2024, 12, 25))


def test_new_york_small_hours_on_monday_is_monday_afternoon_in_shanghai():
    moment = dt.datetime(2024, 12, 23, 5, 59, tzinfo=dt.timezone.utc)  # 00:59 in New York
    shanghai = calendar_for("XSHG")
    assert shanghai.local_date(moment) == D(2024, 12, 23)
    assert shanghai.state_at(moment) is MarketState.OPEN
    assert shanghai.last_completed_session(moment) == D(2024, 12, 20)


def test_four_sessions_ending_monday_start_on_the_previous_wednesday():
    assert calendar_for("XHKG").sessions_ending(D(2024, 12, 23), 4) == [D(2024, 12, 18), D(2024, 12, 19), D(2024, 12, 20), D(2024, 12, 23)]


def test_previous_session_skips_the_weekend_and_holidays():
    hk = calendar_for("XHKG")
    assert hk.previous_session(D(2024, 12, 23)) == D(2024, 12, 20)
    assert hk.previous_session(D(2024, 12, 27)) == D(2024, 12, 24)


def test_a_date_past_the_recorded_years_falls_back_to_weekdays_with_a_message():
    shanghai = calendar_for("XSHG")
    assert shanghai.is_session(D(2027, 3, 2)) is True
    assert shanghai.is_session(D(2027, 3, 6)) is False  # a Saturday
    assert any("outside it" in warning and "XSHG" in warning for warning in shanghai.warnings)


def test_an_unknown_exchange_code_gives_weekdays_and_a_message_not_a_crash():
    calendar = calendar_for("XNOPE", "UTC")
    assert calendar.is_session(D(2024, 12, 23))
    assert calendar.warnings


# -- session tables kept on disk -----------------------------------------------------------
def test_a_session_table_read_back_from_disk_equals_the_one_exchange_calendars_built(tmp_path):
    import exchange_calendars as xcals

    from data.calendar_schedules import read_schedule, schedule_of, write_schedule

    built = schedule_of(xcals.get_calendar("XHKG"))
    write_schedule(tmp_path, "XHKG", "4.13.2", D(2026, 12, 7), built)
    assert read_schedule(tmp_path, "XHKG", "4.13.2", D(2026, 12, 7)) == built
    # Built on another day (the calendar's twenty-year span has moved) or by another release: built again.
    assert read_schedule(tmp_path, "XHKG", "4.13.2", D(2026, 12, 8)) is None
    assert read_schedule(tmp_path, "XHKG", "4.14.0", D(2026, 12, 7)) is None
    assert read_schedule(tmp_path, "XKRX", "4.13.2", D(2026, 12, 7)) is None


def test_a_damaged_or_unwritable_schedule_folder_is_no_error(tmp_path):
    import exchange_calendars as xcals

    from data.calendar_schedules import read_schedule, schedule_of, write_schedule

    (tmp_path / "XHKG.json").write_text('{"format": 1, "release": "4.13.2", "built_on": "2026-12-07", "days": [', encoding="utf-8")
    assert read_schedule(tmp_path, "XHKG", "4.13.2", D(2026, 12, 7)) is None
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("", encoding="utf-8")
    write_schedule(blocked, "XHKG", "4.13.2", D(2026, 12, 7), schedule_of(xcals.get_calendar("XHKG")))
    assert read_schedule(blocked, "XHKG", "4.13.2", D(2026, 12, 7)) is None


def test_the_next_process_reads_the_days_session_table_instead_of_building_it(tmp_path, monkeypatch):
    import exchange_calendars as xcals

    import data.calendars as calendars

    monkeypatch.setattr(calendars, "SCHEDULE_FOLDER", tmp_path)
    calendars.calendar_for.cache_clear()
    try:
        built = calendar_for("XHKG")
        assert (tmp_path / "XHKG.json").is_file()
        calendars.calendar_for.cache_clear()  # as a new process starts with none in memory

        def no_building(*args, **kwargs):
            raise AssertionError("the table was built again instead of read")

        monkeypatch.setattr(xcals, "get_calendar", no_building)
        read = calendar_for("XHKG")
        assert read.is_early_close(D(2024, 12, 24)) and not read.is_session(D(2024, 12, 25))
        assert read.close_utc(D(2024, 12, 23)) == built.close_utc(D(2024, 12, 23))
    finally:
        calendars.calendar_for.cache_clear()
