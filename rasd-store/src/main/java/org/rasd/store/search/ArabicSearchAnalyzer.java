package org.rasd.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for Arabic news and Latin names: Unicode word tokens, lower case, the project's Arabic
 * normalisation, then Lucene's light Arabic stemmer, which strips the article and fused
 * prepositions (ال وال بال كال فال لل و) and common suffixes. So "بالغوطة", "الغوطه" and "الغوطة"
 * all index as one term, and "الميليشيات" matches "ميليشيات". The index side also adds the form
 * without a one-letter proclitic (see {@link ProcliticFilter}); queries do not, so a bare query
 * word finds its cliticised forms without every query word growing extra meanings.
 */
public final class ArabicSearchAnalyzer extends Analyzer {

  private final boolean forIndex;

  private ArabicSearchAnalyzer(boolean forIndex) {
    this.forIndex = forIndex;
  }

  /** For documents being indexed. */
  public static ArabicSearchAnalyzer forIndex() {
    return new ArabicSearchAnalyzer(true);
  }

  /** For query text. */
  public static ArabicSearchAnalyzer forQuery() {
    return new ArabicSearchAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new NormalizerFilter(stream);
    stream = new ArabicStemFilter(stream);
    if (forIndex) {
      stream = new ProcliticFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new NormalizerFilter(new LowerCaseFilter(in));
  }
}
