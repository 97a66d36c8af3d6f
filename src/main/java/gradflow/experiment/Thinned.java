package gradflow.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded list that keeps every {@code stride}-th item offered. When it fills up it drops every
 * other item it holds and doubles the stride, so what it keeps stays evenly spread over everything
 * offered so far, however long the run.
 */
final class Thinned<T> {
  private final int capacity;
  private final List<T> items = new ArrayList<>();
  private long offered;
  private long stride = 1;

  /**
   * @param capacity at least 2
   */
  Thinned(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("capacity must be at least 2, not " + capacity);
    }
    this.capacity = capacity;
  }

  void offer(T item) {
    if (offered++ % stride != 0) {
      return;
    }
    if (items.size() == capacity) {
      List<T> kept = new ArrayList<>(capacity);
      for (int i = 0; i < items.size(); i += 2) {
        kept.add(items.get(i));
      }
      items.clear();
      items.addAll(kept);
      stride *= 2;
      if ((offered - 1) % stride != 0) {
        return;
      }
    }
    items.add(item);
  }

  List<T> items() {
    return List.copyOf(items);
  }

  int size() {
    return items.size();
  }

  T last() {
    return items.isEmpty() ? null : items.getLast();
  }
}
