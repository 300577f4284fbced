package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void keepsThePrecisionAndOffsetGiven() {
    assertThat(Dates.normalize("2024-03-05T10:15:00+03:00")).isEqualTo("2024-03-05T10:15:00+03:00");
    assertThat(Dates.normalize("2024-03-05T10:15:00+0300")).isEqualTo("2024-03-05T10:15:00+03:00");
    assertThat(Dates.normalize("2024-03-05T07:15:00Z")).isEqualTo("2024-03-05T07:15:00Z");
    assertThat(Dates.normalize("2024-03-05 10:15")).isEqualTo("2024-03-05T10:15:00");
    assertThat(Dates.normalize(" 2024-03-05 ")).isEqualTo("2024-03-05");
  }

  @Test
  void readsRfc1123AsUsedByFeedsAndHttp() {
    assertThat(Dates.normalize("Tue, 5 Mar 2024 07:15:00 GMT")).isEqualTo("2024-03-05T07:15:00Z");
  }

  @Test
  void notADateIsNull() {
    assertThat(Dates.normalize("الخامس من آذار")).isNull();
    assertThat(Dates.normalize("")).isNull();
    assertThat(Dates.normalize(null)).isNull();
    assertThat(Dates.of(Instant.parse("2024-03-05T07:15:00Z"))).isEqualTo("2024-03-05T07:15:00Z");
  }
}
