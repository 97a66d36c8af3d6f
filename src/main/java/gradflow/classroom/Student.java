package gradflow.classroom;

import java.time.Instant;

/**
 * A student of a class: no account, a nickname and a secret token that their page keeps.
 *
 * @param id shown to the instructor and in the gallery's data; not a secret
 * @param seat the order they joined in (0 for the first), which picks their sweep value
 * @param nickname as they typed it, trimmed
 * @param tokenHash the SHA-256 of their token in hex; the token itself is stored nowhere
 * @param sweepValue their value of the class's sweep, or null when the class sweeps nothing
 */
public record Student(
    String id,
    String code,
    int seat,
    String nickname,
    String tokenHash,
    Double sweepValue,
    Instant joinedAt) {

  /** What makes two nicknames the same one in a class: case and compatibility forms folded. */
  public String nicknameKey() {
    return Names.key(nickname);
  }

  Student withSweepValue(Double value) {
    return new Student(id, code, seat, nickname, tokenHash, value, joinedAt);
  }
}
