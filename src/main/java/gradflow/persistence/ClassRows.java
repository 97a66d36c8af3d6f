package gradflow.persistence;

import gradflow.classroom.ClassRun;
import gradflow.classroom.Classroom;
import gradflow.classroom.Heatmap;
import gradflow.classroom.Student;
import gradflow.classroom.Sweep;
import gradflow.classroom.Target;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Class mode's rows and records, both ways. Times cross as {@link OffsetDateTime} in UTC, which
 * both H2 and PostgreSQL JDBC drivers map to {@code TIMESTAMP WITH TIME ZONE}; lists as
 * comma-separated text (table paths and Java's shortest exact decimals contain no comma).
 */
final class ClassRows {
  private ClassRows() {}

  /** Binds every column of a class by the names the statements use. */
  static StatementSpec classroom(StatementSpec sql, Classroom c) {
    Sweep s = c.sweep();
    return sql.param("code", c.code())
        .param("title", c.title())
        .param("createdAt", time(c.createdAt()))
        .param("expiresAt", time(c.expiresAt()))
        .param("endedAt", time(c.endedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
        .param("version", c.version())
        .param("targetKind", c.target().kind().id())
        .param("targetId", c.target().id())
        .param("targetSpec", c.target().spec())
        .param("locks", String.join(",", c.locks()))
        .param("sweepPath", s == null ? null : s.path(), Types.VARCHAR)
        .param("sweepFrom", s == null ? null : s.from(), Types.DOUBLE)
        .param("sweepTo", s == null ? null : s.to(), Types.DOUBLE)
        .param("sweepCount", s == null ? null : s.count(), Types.INTEGER)
        .param(
            "sweepValues",
            s == null ? null : String.join(",", s.values().stream().map(String::valueOf).toList()),
            Types.VARCHAR);
  }

  static Classroom classroom(ResultSet rs, int row) throws SQLException {
    String path = rs.getString("sweep_path");
    Sweep sweep =
        path == null
            ? null
            : new Sweep(
                path,
                rs.getDouble("sweep_from"),
                rs.getDouble("sweep_to"),
                rs.getInt("sweep_count"),
                Arrays.stream(rs.getString("sweep_values").split(","))
                    .map(Double::valueOf)
                    .toList());
    String locks = rs.getString("locks");
    return new Classroom(
        rs.getString("code"),
        rs.getString("title"),
        instant(rs, "created_at"),
        instant(rs, "expires_at"),
        instant(rs, "ended_at"),
        rs.getInt("version"),
        new Target(
            Target.Kind.valueOf(rs.getString("target_kind").toUpperCase(Locale.ROOT)),
            rs.getString("target_id"),
            rs.getString("target_spec")),
        locks.isEmpty() ? List.of() : List.of(locks.split(",")),
        sweep);
  }

  static Student student(ResultSet rs, int row) throws SQLException {
    return new Student(
        rs.getString("id"),
        rs.getString("class_code"),
        rs.getInt("seat"),
        rs.getString("nickname"),
        rs.getString("token_hash"),
        nullableDouble(rs, "sweep_value"),
        instant(rs, "joined_at"));
  }

  static ClassRun run(ResultSet rs, Heatmap heatmap) throws SQLException {
    int divergedAt = rs.getInt("diverged_at");
    Integer diverged = rs.wasNull() ? null : divergedAt;
    return new ClassRun(
        rs.getString("id"),
        rs.getString("class_code"),
        rs.getString("student_id"),
        rs.getString("nickname"),
        rs.getString("slug"),
        rs.getString("sweep_path"),
        nullableDouble(rs, "sweep_value"),
        nullableDouble(rs, "final_loss"),
        rs.getDouble("baseline"),
        diverged,
        nullableDouble(rs, "gradient_ratio"),
        heatmap,
        rs.getBoolean("hidden"),
        instant(rs, "created_at"));
  }

  static OffsetDateTime time(Instant when) {
    return when == null ? null : when.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}
