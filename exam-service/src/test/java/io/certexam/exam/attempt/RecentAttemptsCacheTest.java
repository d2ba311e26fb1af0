package io.certexam.exam.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentAttemptsCacheTest {

    @Test
    void keepsTheAttemptsUsedMostRecentlyUpToItsCapacity() {
        RecentAttemptsCache cache = new RecentAttemptsCache(2);
        cache.put("a", "attempt a");
        cache.put("b", "attempt b");
        assertThat(cache.<String, String>get("a")).isEqualTo("attempt a"); // a is now more recent than b

        cache.put("c", "attempt c");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("c")).isTrue();
    }

    @Test
    void aRemovedOrReplacedAttemptIsGone() {
        RecentAttemptsCache cache = new RecentAttemptsCache(10);
        cache.put("a", "v1");
        assertThat(cache.putIfAbsent("a", "v2")).isFalse();
        assertThat(cache.<String, String>get("a")).isEqualTo("v1");
        cache.put("a", "v3");
        assertThat(cache.<String, String>get("a")).isEqualTo("v3");

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        assertThat(cache.<String, String>get("a")).isNull();
    }

    @Test
    void refusesANonsensicalCapacity() {
        assertThatThrownBy(() -> new RecentAttemptsCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
