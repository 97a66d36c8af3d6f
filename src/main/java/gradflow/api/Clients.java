package gradflow.api;

import jakarta.servlet.http.HttpServletRequest;

/** Who a REST client is, for the per-client limits of runs and saves. */
final class Clients {
  private Clients() {}

  /**
   * A REST client is its address: the per-client limit then holds per machine (behind a proxy, set
   * server.forward-headers-strategy so that this is the client's, not the proxy's).
   */
  static String id(HttpServletRequest request) {
    return "addr:" + request.getRemoteAddr();
  }
}
