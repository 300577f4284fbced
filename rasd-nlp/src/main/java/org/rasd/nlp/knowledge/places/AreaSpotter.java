package org.rasd.nlp.knowledge.places;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of areas (countries, governorates, districts, subdistricts, regions) anywhere in a
 * text, whether or not the recogniser marked them, so that "النبك بالقلمون في ريف دمشق" can tell
 * which النبك is meant. Words are tried with and without a proclitic, in runs of one to three.
 */
final class AreaSpotter {

  /** An area name found in the text. */
  record Spot(int start, int end, Place place) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}ـ]+");
  private static final int MAX_WORDS = 3;

  private final PlaceGazetteer gazetteer;

  AreaSpotter(PlaceGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Spot> spot(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<Spot> spots = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (int n = MAX_WORDS; n >= 1; n--) {
        if (i + n > words.size()) {
          continue;
        }
        int start = words.get(i)[0];
        int end = words.get(i + n - 1)[1];
        String phrase = text.substring(start, end);
        if (!addExact(spots, start, end, phrase)) {
          String bare = PlaceMention.withoutProclitic(phrase);
          if (bare.equals(phrase) || !addExact(spots, end - bare.length(), end, bare)) {
            continue;
          }
        }
        break;
      }
    }
    return spots;
  }

  private boolean addExact(List<Spot> spots, int start, int end, String phrase) {
    if (PlaceNames.key(phrase).length() < 3) {
      return false;
    }
    boolean any = false;
    for (PlaceGazetteer.Candidate c : gazetteer.lookup(phrase)) {
      if (c.exact() && c.place().type().isArea()) {
        spots.add(new Spot(start, end, c.place()));
        any = true;
      }
    }
    return any;
  }
}
