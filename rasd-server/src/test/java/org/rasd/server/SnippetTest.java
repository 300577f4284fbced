package org.rasd.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void marksBecomeMatchPartsAndEscapesAreUndone() {
    assertThat(Snippet.parts("قال &lt;b&gt; <mark>جيش</mark> &amp; &#x2F;&#39; <mark>الإسلام</mark>"))
        .containsExactly(
            new Snippet.Part("قال <b> ", false),
            new Snippet.Part("جيش", true),
            new Snippet.Part(" & /' ", false),
            new Snippet.Part("الإسلام", true));
  }

  @Test
  void escapedMarkupInTheTextStaysText() {
    assertThat(Snippet.parts("&lt;mark&gt;x&lt;/mark&gt;")).containsExactly(new Snippet.Part("<mark>x</mark>", false));
  }
}
