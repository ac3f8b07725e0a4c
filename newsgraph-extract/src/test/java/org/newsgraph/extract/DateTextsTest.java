package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.DateTexts.DayOrder;

class DateTextsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-05-03T15:47:42.389000+00:00 | 2024-05-03 | 2024-05-03T15:47:42Z",
        "2021-11-01T10:52:50+0100 | 2021-11-01 | 2021-11-01T10:52:50+01:00",
        "2024/05/03 10:00 +02 | 2024-05-03 | 2024-05-03T10:00+02:00",
        "2015-07-10 09:53:00 | 2015-07-10 | ",
        "20240503 | 2024-05-03 | ",
        "2024.05.03 | 2024-05-03 | ",
        "1714751262 | 2024-05-03 | 2024-05-03T15:47:42Z",
        "1714751262000 | 2024-05-03 | 2024-05-03T15:47:42Z",
      })
  void machineDates(String value, String day, String time) {
    DateTexts.MachineDate d = DateTexts.parseMachineDate(value).orElseThrow();
    assertThat(d.date()).isEqualTo(LocalDate.parse(day));
    assertThat(d.time()).isEqualTo(time == null ? null : OffsetDateTime.parse(time));
  }

  @Test
  void notMachineDates() {
    for (String v : List.of("0001-01-01", "9999-12-31", "1970-01-01", "2020-02-30", "Fri, 03 May 2024", "", "x")) {
      assertThat(DateTexts.parseMachineDate(v)).as(v).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "am 11. Juni 2020 um 10 Uhr | 2020-06-11",
        "Mittwoch, 11. Dezember 2024 | 2024-12-11",
        "publié le 1er juin 2020 | 2020-06-01",
        "11 août 2020 | 2020-08-11",
        "11 de junio de 2020 | 2020-06-11",
        "11 giugno 2020 | 2020-06-11",
        "11 juni 2020 | 2020-06-11",
        "June 11, 2020 | 2020-06-11",
        "Jun. 11th 2020 | 2020-06-11",
        "11th of June, 2020 | 2020-06-11",
        "3rd Sept. 2019 | 2019-09-03",
        "11 czerwca 2020 | 2020-06-11",
        "11. června 2020 | 2020-06-11",
        "11 июня 2020 | 2020-06-11",
        "12 MAYIS 2020 | 2020-05-12",
        "2020年6月11日 | 2020-06-11",
        "2020년 6월 11일 | 2020-06-11",
        "2020. 6. 11. | 2020-06-11",
        "11.06.2020 | 2020-06-11",
        "11. 6. 2020 | 2020-06-11",
        "2020-06-11T10:00 | 2020-06-11",
      })
  void writtenDatesInManyLanguages(String text, String day) {
    List<DateTexts.WrittenDate> found = DateTexts.findDates(text, DayOrder.DAY_FIRST, 5);
    assertThat(found).as(text).hasSize(1);
    assertThat(found.get(0).date()).isEqualTo(LocalDate.parse(day));
  }

  @Test
  void dayOrderOfNumericDates() {
    assertThat(DateTexts.findDates("06/11/2020", DayOrder.MONTH_FIRST, 1).get(0).date()).isEqualTo(LocalDate.of(2020, 6, 11));
    assertThat(DateTexts.findDates("06/11/2020", DayOrder.DAY_FIRST, 1).get(0).date()).isEqualTo(LocalDate.of(2020, 11, 6));
    // A number above 12 decides; dots are always day first.
    assertThat(DateTexts.findDates("11/26/2020", DayOrder.DAY_FIRST, 1).get(0).date()).isEqualTo(LocalDate.of(2020, 11, 26));
    assertThat(DateTexts.findDates("06.11.2020", DayOrder.MONTH_FIRST, 1).get(0).date()).isEqualTo(LocalDate.of(2020, 11, 6));
    assertThat(DayOrder.of("en-US")).isEqualTo(DayOrder.MONTH_FIRST);
    assertThat(DayOrder.of("en")).isEqualTo(DayOrder.MONTH_FIRST);
    assertThat(DayOrder.of("en-GB")).isEqualTo(DayOrder.DAY_FIRST);
    assertThat(DayOrder.of("de")).isEqualTo(DayOrder.DAY_FIRST);
    assertThat(DayOrder.of(null)).isEqualTo(DayOrder.DAY_FIRST);
  }

  @Test
  void notWrittenDates() {
    for (String t : List.of("© 2019", "2005–2020", "11 Leute 2020", "Marseille 2020", "May 2020", "1.000.000",
        "31.02.2020", "11.06.1850", "Tel. 030 11 06 2020", "")) {
      assertThat(DateTexts.findDates(t, DayOrder.DAY_FIRST, 5)).as(t).isEmpty();
    }
  }

  @Test
  void severalDatesInTextOrderWithOffsets() {
    String t = "Published 11.06.2020, updated June 12, 2020 at 10:00";
    List<DateTexts.WrittenDate> found = DateTexts.findDates(t, DayOrder.DAY_FIRST, 5);
    assertThat(found).extracting(DateTexts.WrittenDate::date)
        .containsExactly(LocalDate.of(2020, 6, 11), LocalDate.of(2020, 6, 12));
    assertThat(t.substring(found.get(1).start(), found.get(1).end())).isEqualTo("June 12, 2020");
  }

  @Test
  void yearsAreFoundOutsideLongerNumbers() {
    String t = "Tel 12019 5 2020, 1899 or 1999x and 20201; 2031";
    assertThat(DateTexts.nextYear(t, 0)).isEqualTo(t.indexOf("2020,"));
    assertThat(DateTexts.nextYear(t, t.indexOf("2020,") + 4)).isEqualTo(t.indexOf("1999"));
    assertThat(DateTexts.nextYear(t, t.indexOf("1999") + 4)).isEqualTo(t.indexOf("2031"));
    assertThat(DateTexts.nextYear(t, t.length() - 3)).isEqualTo(-1);
  }
}
