package dev.aisec.data.poison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Tokenisation shared by the text checks: Lucene's Unicode word-break {@code StandardTokenizer} plus lower-casing,
 * no stop words and no stemming (a planted trigger is often a rare or made-up token, so nothing is thrown away).
 * Thread-safe; input longer than 100,000 characters is truncated for analysis.
 */
public final class TextTokens {

  /** Longest text analysed; the rest is ignored. */
  public static final int MAX_CHARS = 100_000;

  private static final Analyzer ANALYZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer t = new StandardTokenizer();
      TokenStream s = new LowerCaseFilter(t);
      return new TokenStreamComponents(t, s);
    }
  };

  private TextTokens() {}

  /** The tokens of {@code text} in order (empty for null or blank text). */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    try (TokenStream ts = ANALYZER.tokenStream("t", t)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Unigram and bigram features of a token list (bigrams joined by a space), distinct, in first-seen order. */
  public static List<String> features(List<String> tokens) {
    java.util.LinkedHashSet<String> f = new java.util.LinkedHashSet<>(tokens);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      f.add(tokens.get(i) + " " + tokens.get(i + 1));
    }
    return new ArrayList<>(f);
  }
}
