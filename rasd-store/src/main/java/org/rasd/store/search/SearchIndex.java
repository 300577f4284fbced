package org.rasd.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.rasd.store.StoreException;
import org.rasd.store.db.EntityRecord;

/**
 * The Lucene index beside the database: one Lucene document per stored article (title, text,
 * outlet, day, entity ids, mention types) and one per entity (names and aliases). Adding a
 * document or entity again replaces it, so the index can be replayed from the store at any time.
 * Changes are visible to searches after {@link #commit()}.
 */
public final class SearchIndex implements AutoCloseable {

  private static final String KIND = "kind";
  private static final String KIND_DOCUMENT = "document";
  private static final String KIND_ENTITY = "entity";
  private static final String DOC_ID = "doc_id";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String SOURCE = "source";
  private static final String PUBLISHED = "published";
  private static final String DAY = "day";
  private static final String ENTITY = "entity";
  private static final String MENTION_TYPE = "mention_type";
  private static final String ENTITY_ID = "entity_id";
  private static final String ENTITY_TYPE = "entity_type";
  private static final String NAME = "name";
  private static final String NAME_AR = "name_ar";
  private static final String NAME_EN = "name_en";

  /** Analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private static final int SNIPPET_LENGTH = 160;

  private final Analyzer queryAnalyzer = ArabicSearchAnalyzer.forQuery();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private SearchIndex(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /** Most entities a query's words may stand for (a bare common word names many). */
  private static final int MAX_NAMED_ENTITIES = 8;

  /** Opens or creates the index in a directory. */
  public static SearchIndex open(Path dir) {
    try {
      Directory directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(ArabicSearchAnalyzer.forIndex());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      return new SearchIndex(directory, new IndexWriter(directory, config));
    } catch (IOException e) {
      throw new StoreException("cannot open the search index in " + dir, e);
    }
  }

  /** Adds or replaces a document. */
  public void add(IndexedDocument d) {
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.NO));
    doc.add(new StringField(DOC_ID, d.id(), Field.Store.YES));
    if (d.title() != null) {
      doc.add(new Field(TITLE, d.title(), TEXT_WITH_OFFSETS));
    }
    doc.add(new Field(TEXT, d.text(), TEXT_WITH_OFFSETS));
    if (d.source() != null) {
      doc.add(new StringField(SOURCE, d.source(), Field.Store.YES));
    }
    if (d.published() != null) {
      doc.add(new StoredField(PUBLISHED, d.published()));
      PublishedDay.of(d.published()).ifPresent(day -> doc.add(new LongPoint(DAY, day)));
    }
    d.entityIds().forEach(id -> doc.add(new StringField(ENTITY, id, Field.Store.NO)));
    d.mentionTypes().forEach(t -> doc.add(new StringField(MENTION_TYPE, t, Field.Store.NO)));
    update(new Term(DOC_ID, d.id()), doc, "document " + d.id());
  }

  /** Adds or replaces an entity, searchable by its Arabic and Latin names and all its aliases. */
  public void addEntity(EntityRecord e) {
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_ENTITY, Field.Store.NO));
    doc.add(new StringField(ENTITY_ID, e.id(), Field.Store.YES));
    doc.add(new StringField(ENTITY_TYPE, e.type(), Field.Store.YES));
    if (e.nameAr() != null) {
      doc.add(new StoredField(NAME_AR, e.nameAr()));
      doc.add(new TextField(NAME, e.nameAr(), Field.Store.NO));
    }
    if (e.nameEn() != null) {
      doc.add(new StoredField(NAME_EN, e.nameEn()));
      doc.add(new TextField(NAME, e.nameEn(), Field.Store.NO));
    }
    e.aliases().forEach(alias -> doc.add(new TextField(NAME, alias, Field.Store.NO)));
    update(new Term(ENTITY_ID, e.id()), doc, "entity " + e.id());
  }

  private void update(Term key, Document doc, String what) {
    try {
      writer.updateDocument(key, doc);
    } catch (IOException e) {
      throw new StoreException("cannot index " + what, e);
    }
  }

  /** Removes everything and commits. */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new StoreException("cannot clear the search index", e);
    }
    commit();
  }

  /** Makes every change durable and visible to searches. */
  public void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException("cannot commit the search index", e);
    }
  }

  /** Number of article documents in the last commit. */
  public int documentCount() {
    return withSearcher(s -> s.count(new TermQuery(new Term(KIND, KIND_DOCUMENT))));
  }

  public boolean containsDocument(String docId) {
    return withSearcher(s -> s.count(new TermQuery(new Term(DOC_ID, docId))) > 0);
  }

  /**
   * Documents matching the words and filters, best first, with highlighted snippets. The words also
   * match through entity names: a document that mentions an entity whose name or alias (Arabic or
   * Latin) contains all the words is found too, so "Jaysh al-Islam" finds the Arabic articles that
   * name جيش الإسلام.
   */
  public List<SearchHit> search(SearchQuery q) {
    Query words = q.text() == null || q.text().isBlank() ? new MatchAllDocsQuery() : withNamedEntities(q.text());
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(words, Occur.MUST)
        .add(new TermQuery(new Term(KIND, KIND_DOCUMENT)), Occur.FILTER);
    if (q.entityId() != null) {
      b.add(new TermQuery(new Term(ENTITY, q.entityId())), Occur.FILTER);
    }
    if (q.mentionType() != null) {
      b.add(new TermQuery(new Term(MENTION_TYPE, q.mentionType())), Occur.FILTER);
    }
    if (q.source() != null) {
      b.add(new TermQuery(new Term(SOURCE, q.source())), Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long lo = q.from() == null ? Long.MIN_VALUE : PublishedDay.number(q.from());
      long hi = q.to() == null ? Long.MAX_VALUE : PublishedDay.number(q.to());
      b.add(LongPoint.newRangeQuery(DAY, lo, hi), Occur.FILTER);
    }
    Query query = b.build();
    return withSearcher(s -> hits(s, query, s.search(query, Math.max(1, q.limit()))));
  }

  private List<SearchHit> hits(IndexSearcher s, Query query, TopDocs top) throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(s, queryAnalyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(SearchIndex::snippetBreaks)
        .withMaxNoHighlightPassages(1)
        .build();
    String[] snippets = highlighter.highlight(TEXT, query, top, 2);
    List<SearchHit> out = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document doc = s.storedFields().document(sd.doc);
      out.add(new SearchHit(doc.get(DOC_ID), doc.get(TITLE), doc.get(SOURCE), doc.get(PUBLISHED),
          sd.score, snippets[i]));
    }
    return out;
  }

  /**
   * Passages of about {@value #SNIPPET_LENGTH} characters with the match in the middle, cut at word
   * boundaries (Java's sentence breaks ignore line ends, and news paragraphs run long).
   */
  private static BreakIterator snippetBreaks() {
    return LengthGoalBreakIterator.createClosestToLength(
        BreakIterator.getWordInstance(Locale.forLanguageTag("ar")), SNIPPET_LENGTH, 0.5f);
  }

  /** Entities whose names or aliases contain all the words, best first. */
  public List<EntityHit> searchEntities(String text, int limit) {
    QueryParser parser = new QueryParser(NAME, queryAnalyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query query = new BooleanQuery.Builder()
        .add(parse(parser, text), Occur.MUST)
        .add(new TermQuery(new Term(KIND, KIND_ENTITY)), Occur.FILTER)
        .build();
    return withSearcher(s -> {
      List<EntityHit> out = new ArrayList<>();
      for (ScoreDoc sd : s.search(query, Math.max(1, limit)).scoreDocs) {
        Document doc = s.storedFields().document(sd.doc);
        out.add(new EntityHit(doc.get(ENTITY_ID), doc.get(ENTITY_TYPE), doc.get(NAME_AR),
            doc.get(NAME_EN), sd.score));
      }
      return out;
    });
  }

  /** The words in the text, or a mention of an entity the words name. */
  private Query withNamedEntities(String text) {
    Query words = parseDocumentQuery(text);
    List<EntityHit> named = searchEntities(text, MAX_NAMED_ENTITIES);
    if (named.isEmpty()) {
      return words;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder().add(words, Occur.SHOULD);
    for (EntityHit e : named) {
      any.add(new TermQuery(new Term(ENTITY, e.id())), Occur.SHOULD);
    }
    return any.build();
  }

  private Query parseDocumentQuery(String text) {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {TITLE, TEXT}, queryAnalyzer, Map.of(TITLE, 2f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    return parse(parser, text);
  }

  private static Query parse(QueryParser parser, String text) {
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot read the search '" + text + "': " + e.getMessage(), e);
    }
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new StoreException("cannot read the search index", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the search index", e);
    }
  }
}
