package io.airshield.app.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP to a test server on 127.0.0.1: one client, and requests with a body and headers. */
final class Loopback {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Loopback() {}

  /**
   * @param s the server
   * @param method HTTP method
   * @param path path and query
   * @param body the body, or null for none
   * @param headers name, value, name, value...
   * @return the request, with a 30 s timeout
   */
  static HttpRequest request(
      final WebServer s,
      final String method,
      final String path,
      final String body,
      final String... headers) {
    final HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  /** Sends {@link #request} and reads the answer as text. */
  static HttpResponse<String> send(
      final WebServer s,
      final String method,
      final String path,
      final String body,
      final String... headers)
      throws Exception {
    return HTTP.send(request(s, method, path, body, headers), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@link #request} and reads the answer as bytes. */
  static HttpResponse<byte[]> sendBytes(
      final WebServer s, final String method, final String path, final String body)
      throws Exception {
    return HTTP.send(request(s, method, path, body), HttpResponse.BodyHandlers.ofByteArray());
  }
}
