package io.consumerprotection.core.calendar;

import io.consumerprotection.spi.calendar.HolidayCalendarProvider;
import io.consumerprotection.spi.contract.HolidayCalendarProviderContractTest;

/** The bundled calendar data, seen as a provider, meets the provider contract. */
class BundledHolidayCalendarProviderTest extends HolidayCalendarProviderContractTest {

    @Override
    protected HolidayCalendarProvider newProvider() {
        return WorkingCalendars::bundledData;
    }
}
