package gradflow.persistence;

import gradflow.classroom.ClassRun;
import gradflow.classroom.ClassStore;
import gradflow.classroom.Classroom;
import gradflow.classroom.Heatmap;
import gradflow.classroom.Student;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link ClassStore} on plain SQL ({@link JdbcClient}): a class's changes are updates of its
 * one row, which Spring Data JDBC's aggregates would rewrite with all their children. The tables
 * are V2__classes.sql's; {@link ClassRows} maps them.
 */
final class JdbcClassStore implements ClassStore {
  private final JdbcClient jdbc;

  JdbcClassStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean codeTaken(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM classroom WHERE code = :code")
            .param("code", code)
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public void insert(Classroom c) {
    ClassRows.classroom(
            jdbc.sql(
                "INSERT INTO classroom (code, title, created_at, expires_at, ended_at, version,"
                    + " target_kind, target_id, target_spec, locks, sweep_path, sweep_from,"
                    + " sweep_to, sweep_count, sweep_values) VALUES (:code, :title, :createdAt,"
                    + " :expiresAt, :endedAt, :version, :targetKind, :targetId, :targetSpec,"
                    + " :locks, :sweepPath, :sweepFrom, :sweepTo, :sweepCount, :sweepValues)"),
            c)
        .update();
  }

  @Override
  public void update(Classroom c) {
    ClassRows.classroom(
            jdbc.sql(
                "UPDATE classroom SET title = :title, created_at = :createdAt, expires_at ="
                    + " :expiresAt, ended_at = :endedAt, version = :version, target_kind ="
                    + " :targetKind, target_id = :targetId, target_spec = :targetSpec, locks ="
                    + " :locks, sweep_path = :sweepPath, sweep_from = :sweepFrom, sweep_to ="
                    + " :sweepTo, sweep_count = :sweepCount, sweep_values = :sweepValues WHERE"
                    + " code = :code"),
            c)
        .update();
  }

  @Override
  public Optional<Classroom> find(String code) {
    return jdbc.sql("SELECT * FROM classroom WHERE code = :code")
        .param("code", code)
        .query(ClassRows::classroom)
        .optional();
  }

  private static final int SEEN_SLICE = 500;

  @Override
  public void insert(Student s) {
    jdbc.sql(
            "INSERT INTO classroom_student (id, class_code, seat, nickname, nickname_key,"
                + " token_hash, sweep_value, joined_at) VALUES (:id, :code, :seat, :nickname,"
                + " :key, :tokenHash, :sweepValue, :joinedAt)")
        .param("id", s.id())
        .param("code", s.code())
        .param("seat", s.seat())
        .param("nickname", s.nickname())
        .param("key", s.nicknameKey())
        .param("tokenHash", s.tokenHash())
        .param("sweepValue", s.sweepValue(), Types.DOUBLE)
        .param("joinedAt", ClassRows.time(s.joinedAt()))
        .update();
  }

  @Override
  public void updateSweepValues(List<Student> students) {
    for (Student s : students) {
      jdbc.sql("UPDATE classroom_student SET sweep_value = :value WHERE id = :id")
          .param("value", s.sweepValue(), Types.DOUBLE)
          .param("id", s.id())
          .update();
    }
  }

  @Override
  public List<Student> students(String code) {
    return jdbc.sql("SELECT * FROM classroom_student WHERE class_code = :code ORDER BY seat")
        .param("code", code)
        .query(ClassRows::student)
        .list();
  }

  @Override
  public Optional<Student> studentByTokenHash(String code, String tokenHash) {
    return jdbc.sql(
            "SELECT * FROM classroom_student WHERE class_code = :code AND token_hash = :hash")
        .param("code", code)
        .param("hash", tokenHash)
        .query(ClassRows::student)
        .optional();
  }

  @Override
  public void insert(ClassRun r) {
    jdbc.sql(
            "INSERT INTO classroom_run (id, class_code, student_id, nickname, slug, sweep_path,"
                + " sweep_value, final_loss, baseline, diverged_at, gradient_ratio, heatmap,"
                + " hidden, created_at) VALUES (:id, :code, :studentId, :nickname, :slug,"
                + " :sweepPath, :sweepValue, :finalLoss, :baseline, :divergedAt, :ratio,"
                + " :heatmap, :hidden, :createdAt)")
        .param("id", r.id())
        .param("code", r.code())
        .param("studentId", r.studentId())
        .param("nickname", r.nickname())
        .param("slug", r.slug())
        .param("sweepPath", r.sweepPath(), Types.VARCHAR)
        .param("sweepValue", r.sweepValue(), Types.DOUBLE)
        .param("finalLoss", r.finalLoss(), Types.DOUBLE)
        .param("baseline", r.baseline())
        .param("divergedAt", r.divergedAt(), Types.INTEGER)
        .param("ratio", r.gradientRatio(), Types.DOUBLE)
        .param("heatmap", r.heatmap().toJson())
        .param("hidden", r.hidden())
        .param("createdAt", ClassRows.time(r.createdAt()))
        .update();
  }

  @Override
  public boolean setHidden(String code, String runId, boolean hidden) {
    return jdbc.sql(
                "UPDATE classroom_run SET hidden = :hidden WHERE class_code = :code AND id = :id")
            .param("hidden", hidden)
            .param("code", code)
            .param("id", runId)
            .update()
        > 0;
  }

  @Override
  public List<ClassRun> runs(String code) {
    return jdbc.sql("SELECT * FROM classroom_run WHERE class_code = :code ORDER BY created_at, id")
        .param("code", code)
        .query((rs, n) -> ClassRows.run(rs, Heatmap.fromJson(rs.getString("heatmap"))))
        .list();
  }

  @Override
  public int runCount(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM classroom_run WHERE class_code = :code")
        .param("code", code)
        .query(Integer.class)
        .single();
  }

  @Override
  public void seen(Collection<String> studentIds, Instant at) {
    List<String> ids = List.copyOf(studentIds);
    // In slices: a class of hundreds stays far below any database's limit on IN lists.
    for (int from = 0; from < ids.size(); from += SEEN_SLICE) {
      jdbc.sql("UPDATE classroom_student SET last_seen = :at WHERE id IN (:ids)")
          .param("at", ClassRows.time(at))
          .param("ids", ids.subList(from, Math.min(ids.size(), from + SEEN_SLICE)))
          .update();
    }
  }

  @Override
  public Set<String> seenSince(String code, Instant since) {
    return Set.copyOf(
        jdbc.sql(
                "SELECT id FROM classroom_student WHERE class_code = :code AND last_seen >= :since")
            .param("code", code)
            .param("since", ClassRows.time(since))
            .query(String.class)
            .list());
  }

  @Override
  public int purge(Instant now, Instant forgetBefore) {
    var expired = "SELECT code FROM classroom WHERE expires_at <= :now";
    int rows =
        jdbc.sql("DELETE FROM classroom_run WHERE class_code IN (" + expired + ")")
            .param("now", ClassRows.time(now))
            .update();
    rows +=
        jdbc.sql("DELETE FROM classroom_student WHERE class_code IN (" + expired + ")")
            .param("now", ClassRows.time(now))
            .update();
    return rows
        + jdbc.sql("DELETE FROM classroom WHERE expires_at <= :before")
            .param("before", ClassRows.time(forgetBefore))
            .update();
  }
}
