package gradflow.experiment;

import static java.util.stream.Collectors.toMap;

import gradflow.experiment.FieldPath.Step;
import gradflow.experiment.Setting.Type;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A spec seen as the tree the {@link SettingsTable} describes: each object and list element is a
 * record whose components are its rows, by the same names and in the same order (checked when the
 * table is built, so a setting without its component fails at once, in every test). Reading,
 * replacing and building fields by path therefore need no code per setting.
 *
 * <p>Values cross in the table's types: a choice's id, a {@link Number}, a {@link Boolean}; the
 * records hold the enum constants and the exact number types.
 */
final class SpecTree {
  private final SettingsTable table;

  /** The record of each object and list element, by table path ("" for the spec itself). */
  private final Map<String, Class<?>> records = new HashMap<>();

  /** The record component that holds each setting, by table path. */
  private final Map<String, RecordComponent> components = new HashMap<>();

  /** Each record's components by name, and its canonical constructor, looked up once. */
  private final Map<Class<?>, Map<String, RecordComponent>> byName = new HashMap<>();

  private final Map<Class<?>, Constructor<?>> constructors = new HashMap<>();

  SpecTree(SettingsTable table) {
    this.table = table;
    map("", ExperimentSpec.class);
    SettingRules.check(table);
  }

  /** The value of a field in the table's type, or null (also when an object on the way is). */
  Object get(ExperimentSpec spec, String field) {
    FieldPath path = FieldPath.parse(field);
    Object node = spec;
    for (Step step : path.steps()) {
      if (node == null) {
        return null;
      }
      node = read((Record) node, step.name());
      if (step.index() >= 0 && node != null) {
        node = ((List<?>) node).get(step.index());
      }
    }
    return tableValue(setting(path), node);
  }

  /** The spec with one field replaced; the value has the field's table type (or is a record). */
  ExperimentSpec with(ExperimentSpec spec, String field, Object value) {
    FieldPath path = FieldPath.parse(field);
    return (ExperimentSpec) replace(spec, path.steps(), 0, recordValue(setting(path), value));
  }

  /**
   * Builds a spec from read values by field (leaves as table values, lists as their size); a field
   * left out takes its default where it is used and is null where not.
   */
  ExperimentSpec build(Map<String, Object> values) {
    return (ExperimentSpec) build("", "", values);
  }

  /** Every leaf field that a spec holds, in table order, layer by layer. */
  List<String> fields(ExperimentSpec spec) {
    List<String> fields = new ArrayList<>();
    collect(spec, "", "", fields);
    return fields;
  }

  /** The spec with every missing value that has a default given it, used or not (the engine's). */
  ExperimentSpec withDefaults(ExperimentSpec spec) {
    ExperimentSpec full = spec;
    for (String field : fields(spec)) {
      Setting s = setting(FieldPath.parse(field));
      if (s.defaultValue() != null && get(full, field) == null) {
        full = with(full, field, s.defaultValue());
      }
    }
    return full;
  }

  /** Every setting at its example, one layer of the first cell, the rest as the table fills it. */
  ExperimentSpec example() {
    Map<String, Object> values = new HashMap<>();
    for (Setting s : table.settings()) {
      String field = s.path().replace("[]", "[0]");
      if (s.type() == Type.LIST) {
        values.put(field, 1);
      } else if (s.isLeaf() && !SettingRules.dependsOnOthers(s) && s.example() != null) {
        values.put(field, s.example());
      }
    }
    return build(values);
  }

  /** The value of a component of a record node. */
  Object read(Record node, String name) {
    RecordComponent c = byName.get(node.getClass()).get(name);
    if (c == null) {
      throw new IllegalArgumentException(node.getClass().getSimpleName() + " has no " + name);
    }
    try {
      return c.getAccessor().invoke(node);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name + " of " + node, e);
    }
  }

  private Object build(String holder, String prefix, Map<String, Object> values) {
    List<Setting> children = table.children(holder);
    Map<String, Object> beside = new HashMap<>();
    Object[] args = new Object[children.size()];
    for (int i = 0; i < args.length; i++) {
      Setting s = children.get(i);
      String field = prefix.isEmpty() ? s.name() : prefix + "." + s.name();
      args[i] =
          switch (s.type()) {
            case OBJECT -> build(s.path(), field, values);
            case LIST -> {
              List<Object> elements = new ArrayList<>();
              for (int e = 0; e < ((Number) values.get(field)).intValue(); e++) {
                elements.add(build(s.path() + "[]", field + "[" + e + "]", values));
              }
              yield elements;
            }
            default -> {
              Object v =
                  values.containsKey(field)
                      ? values.get(field)
                      : SettingRules.defaultAmong(s, beside, children);
              beside.put(s.name(), v);
              yield recordValue(s, v);
            }
          };
    }
    return construct(records.get(holder), args);
  }

  private void collect(Object node, String holder, String prefix, List<String> fields) {
    if (node == null) {
      return;
    }
    for (Setting s : table.children(holder)) {
      String field = prefix.isEmpty() ? s.name() : prefix + "." + s.name();
      Object value = read((Record) node, s.name());
      switch (s.type()) {
        case OBJECT -> collect(value, s.path(), field, fields);
        case LIST -> {
          List<?> elements = value == null ? List.of() : (List<?>) value;
          for (int e = 0; e < elements.size(); e++) {
            collect(elements.get(e), s.path() + "[]", field + "[" + e + "]", fields);
          }
        }
        default -> fields.add(field);
      }
    }
  }

  private Object replace(Record node, List<Step> steps, int at, Object value) {
    Step step = steps.get(at);
    boolean last = at == steps.size() - 1;
    Object child = read(node, step.name());
    Object replaced;
    if (step.index() < 0) {
      replaced = last ? value : replace((Record) child, steps, at + 1, value);
    } else {
      List<Object> elements = new ArrayList<>((List<?>) child);
      Object element = elements.get(step.index());
      elements.set(step.index(), last ? value : replace((Record) element, steps, at + 1, value));
      replaced = elements;
    }
    RecordComponent[] all = node.getClass().getRecordComponents();
    Object[] args = new Object[all.length];
    for (int i = 0; i < all.length; i++) {
      args[i] = all[i].getName().equals(step.name()) ? replaced : read(node, all[i].getName());
    }
    return construct(node.getClass(), args);
  }

  /** A record's value in the table's type: a choice's id, else as it is. */
  private static Object tableValue(Setting s, Object value) {
    return s.type() == Type.CHOICE && value != null ? s.toId(value) : value;
  }

  /** A table value in the type the record holds: the enum constant, the exact number type. */
  private Object recordValue(Setting s, Object value) {
    Class<?> type = components.get(s.path()).getType();
    if (value == null) {
      if (type.isPrimitive()) {
        throw new IllegalArgumentException(s.path() + " cannot be left out");
      }
      return null;
    }
    if (s.type() == Type.CHOICE && value instanceof String id) {
      return s.fromId(id);
    }
    if (value instanceof Number n) {
      if (type == int.class || type == Integer.class) {
        return n.intValue();
      }
      if (type == long.class || type == Long.class) {
        return n.longValue();
      }
      if (type == double.class || type == Double.class) {
        return n.doubleValue();
      }
    }
    return value;
  }

  private Setting setting(FieldPath path) {
    return table.get(path.tablePath());
  }

  private Object construct(Class<?> type, Object[] args) {
    try {
      return constructors.get(type).newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  /** Records the record of each object, checking that its components are the table's rows. */
  private void map(String holder, Class<?> type) {
    RecordComponent[] all = type.getRecordComponents();
    if (all == null) {
      throw new IllegalStateException(type.getName() + " must be a record");
    }
    List<Setting> rows = table.children(holder);
    List<String> names = Arrays.stream(all).map(RecordComponent::getName).toList();
    List<String> rowNames = rows.stream().map(Setting::name).toList();
    if (!names.equals(rowNames)) {
      throw new IllegalStateException(
          "The settings table lists "
              + rowNames
              + (holder.isEmpty() ? " at the top" : " in " + holder)
              + ", but "
              + type.getSimpleName()
              + " has the components "
              + names
              + ": every setting needs a row and a record component of the same name, in the"
              + " same order.");
    }
    records.put(holder, type);
    byName.put(type, Arrays.stream(all).collect(toMap(RecordComponent::getName, c -> c)));
    try {
      constructors.put(
          type,
          type.getDeclaredConstructor(
              Arrays.stream(all).map(RecordComponent::getType).toArray(Class<?>[]::new)));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
    }
    for (int i = 0; i < all.length; i++) {
      Setting s = rows.get(i);
      components.put(s.path(), all[i]);
      if (s.type() == Type.OBJECT) {
        map(s.path(), all[i].getType());
      } else if (s.type() == Type.LIST) {
        var element = ((ParameterizedType) all[i].getGenericType()).getActualTypeArguments()[0];
        map(s.path() + "[]", (Class<?>) element);
      } else {
        SettingRules.checkType(s, all[i].getType());
      }
    }
  }
}
