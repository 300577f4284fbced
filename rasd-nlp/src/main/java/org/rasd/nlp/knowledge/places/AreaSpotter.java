package org.rasd.nlp.knowledge.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Area places by exact name key: built once, so spotting costs one hash look-up per phrase. */
  private final Map<String, List<Place>> areasByKey = new HashMap<>();

  AreaSpotter(PlaceGazetteer gazetteer) {
    for (Place p : gazetteer.places()) {
      if (p.type().isArea()) {
        for (String name : p.names()) {
          String key = PlaceNames.key(name);
          List<Place> list = areasByKey.computeIfAbsent(key, k -> new ArrayList<>(1));
          if (key.length() >= 3 && !list.contains(p)) {
            list.add(p);
          }
        }
      }
    }
    areasByKey.values().removeIf(List::isEmpty);
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
    List<Place> areas = areasByKey.get(PlaceNames.key(phrase));
    if (areas == null) {
      return false;
    }
    areas.forEach(a -> spots.add(new Spot(start, end, a)));
    return true;
  }
}
