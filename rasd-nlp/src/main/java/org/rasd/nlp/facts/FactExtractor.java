package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.facts.time.TimeExpression;
import org.rasd.nlp.facts.time.TimeNormalizer;
import org.rasd.nlp.model.AnnotatedDocument;

/**
 * The facts stage of the pipeline: events and relations from a document's sentences, tokens and
 * entity mentions (resolutions are not needed). Built once, thread-safe, reused for every
 * document: all state is in the shipped cue and trigger lists.
 *
 * <p>Data: triggers.tsv (event triggers), cues.tsv (reporting verbs, modality cues, argument
 * prepositions, clause boundaries, place classifiers), relation-cues.tsv, nationalities.tsv.
 */
public final class FactExtractor {

  private final SentenceViews sentenceViews;
  private final PlaceLists placeLists;
  private final Attribution attribution;
  private final EventExtractor events;
  private final RelationExtractor relations;
  private final TimeNormalizer times = new TimeNormalizer();

  public FactExtractor(TriggerLexicon lexicon) {
    Cues cues = Cues.load();
    Nationalities nationalities = Nationalities.load();
    this.sentenceViews = new SentenceViews(lexicon, cues, nationalities);
    this.placeLists = new PlaceLists(cues);
    this.attribution = new Attribution(cues);
    this.events = new EventExtractor(lexicon, cues, nationalities, placeLists);
    ControlStatements controls = new ControlStatements(Cues.load(ControlStatements.RESOURCE), cues, placeLists);
    this.relations = new RelationExtractor(RelationCues.load(), cues, nationalities, controls);
  }

  /** The extractor with the lexicon shipped with Rasd. */
  public static FactExtractor standard() {
    return new FactExtractor(TriggerLexicon.load());
  }

  /** The document with its events and relations added. */
  public AnnotatedDocument extract(AnnotatedDocument doc) {
    List<SentenceView> views = sentenceViews.of(doc);
    List<PlaceLists.Parsed> places = new ArrayList<>();
    List<Arg> named = new ArrayList<>();
    for (SentenceView view : views) {
      places.add(placeLists.parse(view));
      for (Arg a : view.args) {
        if (a.ref().start() == a.textStart()) {
          named.add(a);
        }
      }
    }
    List<Arg> countries = named.stream().filter(a -> a.kind() == Arg.EntityClass.COUNTRY).toList();
    List<List<Attribution.Scope>> scopes = attribution.scopes(views, outlet(views));
    String published = doc.article().published();
    List<TimeExpression> documentTimes = views.isEmpty() ? List.of() : times.find(views.get(0).text, published);
    List<PredictedEvent> found = events.extract(views, places, scopes, published, documentTimes, countries);
    return doc.withFacts(found, relations.extract(views, places, found, named, documentTimes));
  }

  /**
   * The outlet's own name in the text, which stands as source where the outlet speaks (the gold
   * convention): a media mention forming a line of its own or set off by a dash or colon (a
   * byline or dateline: "مراسل سوري – اورينت نت"، "ديرالزور-سانا"), or null.
   */
  private static MentionRef outlet(List<SentenceView> views) {
    for (int v = 0; v < views.size(); v++) {
      SentenceView view = views.get(v);
      for (Arg a : view.args) {
        if (a.kind() != Arg.EntityClass.MEDIA && !a.type().equals("ORGANIZATION")) {
          continue;
        }
        boolean alone = a.first() == 0 && a.last() == view.size() - 1;
        boolean byline = v < 4 && (separator(view, a.first() - 1) || separator(view, a.last() + 1));
        if (alone || byline) {
          return a.ref();
        }
      }
    }
    return null;
  }

  private static boolean separator(SentenceView view, int i) {
    return i >= 0 && i < view.size() && view.isPunct(i) && "-–—:".indexOf(view.tokens.get(i).text().charAt(0)) >= 0;
  }
}
