package dev.aisec.data.pii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies operators to the spans of a text: one operator per entity type with a default for the rest. Spans may
 * overlap or arrive unsorted; overlapping spans are merged and replaced once (by the operator of the
 * highest-scoring span) so no character of a detected value survives. Immutable and thread-safe.
 */
public final class Anonymizer {

  private final Operator fallback;
  private final Map<String, Operator> perType;

  private Anonymizer(Operator fallback, Map<String, Operator> perType) {
    this.fallback = fallback;
    this.perType = Map.copyOf(perType);
  }

  /** Every type uses {@code op}. */
  public static Anonymizer of(Operator op) {
    if (op == null) {
      throw new IllegalArgumentException("operator must not be null");
    }
    return new Anonymizer(op, Map.of());
  }

  /** A copy where {@code type} uses {@code op}. */
  public Anonymizer with(String type, Operator op) {
    if (type == null || type.isBlank() || op == null) {
      throw new IllegalArgumentException("type and operator must be given");
    }
    Map<String, Operator> m = new HashMap<>(perType);
    m.put(type, op);
    return new Anonymizer(fallback, m);
  }

  /** The result: the new text and where each replacement landed in it. */
  public record Result(String text, List<PiiSpan> replaced) {}

  /** Replaces the spans of {@code text}. */
  public Result anonymize(String text, List<PiiSpan> spans) {
    if (text == null || spans == null) {
      throw new IllegalArgumentException("text and spans must not be null");
    }
    if (spans.isEmpty()) {
      return new Result(text, List.of());
    }
    List<PiiSpan> sorted = new ArrayList<>(spans);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    StringBuilder out = new StringBuilder(text.length() + 16 * spans.size());
    List<PiiSpan> placed = new ArrayList<>();
    int pos = 0;
    int i = 0;
    while (i < sorted.size()) {
      PiiSpan best = sorted.get(i);
      int s = Math.min(best.start(), text.length());
      int e = Math.min(best.end(), text.length());
      int j = i + 1;
      while (j < sorted.size() && sorted.get(j).start() < e) {
        PiiSpan o = sorted.get(j);
        e = Math.max(e, Math.min(o.end(), text.length()));
        if (o.score() > best.score()) {
          best = o;
        }
        j++;
      }
      s = Math.max(s, pos);
      out.append(text, pos, s);
      String value = text.substring(s, e);
      PiiSpan merged = new PiiSpan(s, e, best.type(), best.score(), best.detail());
      String rep = perType.getOrDefault(best.type(), fallback).apply(value, merged);
      int at = out.length();
      out.append(rep);
      placed.add(new PiiSpan(at, out.length(), best.type(), best.score(), best.detail()));
      pos = Math.max(pos, e);
      i = j;
    }
    out.append(text, pos, text.length());
    return new Result(out.toString(), List.copyOf(placed));
  }
}
