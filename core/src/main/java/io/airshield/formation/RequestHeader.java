package io.airshield.formation;

/**
 * Who the drafted request for help is addressed to and how it is filed, as the cable of 24 Oct 1951
 * gives them: {@code to: Filippov}, {@code from: Mao Zedong}, {@code reference: Cable No. 25187}.
 *
 * @param to the addressee
 * @param from the sender
 * @param reference the reference the request answers or continues (a cable number); may be empty
 */
public record RequestHeader(String to, String from, String reference) {
  /** No addressee given: the draft says so instead of inventing one. */
  public static final RequestHeader NONE = new RequestHeader("", "", "");
}
