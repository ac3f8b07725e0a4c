package org.newsgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.corpus.Places.Location;

class PlacesTest {

  @Test
  void countriesAreAtTheirCentresAndCapitalsAtTheCity() {
    assertThat(Places.locate("Iraq", "country"))
        .contains(new Location("country", "IRQ", 33.2232, 43.6793));
    assertThat(Places.locate("Baghdad", "capital"))
        .contains(new Location("capital", "IRQ", 33.3152, 44.3661));
    // without a subtype (a store written before subtypes), the name decides
    assertThat(Places.locate("Iraq", null)).map(Location::kind).contains("country");
    assertThat(Places.locate("Baghdad", null)).map(Location::kind).contains("capital");
    assertThat(Places.locate("United States", "country")).map(Location::iso3).contains("USA");
    assertThat(Places.locate("Washington, D.C.", "capital")).map(Location::iso3).contains("USA");
  }

  @Test
  void aNameThatIsBothACountryAndItsCapitalFollowsTheSubtype() {
    assertThat(Places.locate("Djibouti", "country")).map(Location::lat).contains(11.8251);
    assertThat(Places.locate("Djibouti", "capital")).map(Location::lat).contains(11.5721);
    assertThat(Places.locate("Djibouti", null)).map(Location::kind).contains("country");
    // a subtype the gazetteer does not bear out: the name still places it
    assertThat(Places.locate("Iraq", "capital")).map(Location::kind).contains("country");
  }

  @Test
  void otherPlacesHaveNoCoordinates() {
    assertThat(Places.locate("Some Village", null)).isEmpty();
    assertThat(Places.locate("Mosul", null)).isEmpty();
    assertThat(Places.locate("", null)).isEmpty();
    assertThat(Places.locate(null, "country")).isEmpty();
  }
}
