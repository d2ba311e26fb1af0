package io.certexam.exam.attempt;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The attempts saved into most recently, up to a fixed number, held strongly. Axon's {@code WeakReferenceCache} was
 * tried first: under exam-day load every young collection emptied it, and the profile still showed each save
 * replaying its stream. A plain lock is enough: every operation is a map access, next to a database round trip.
 */
class RecentAttemptsCache implements Cache {

    private final Map<Object, Object> entries;

    RecentAttemptsCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the attempt cache needs room for at least one attempt: " + capacity);
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    synchronized int size() {
        return entries.size();
    }

    /** Only sagas and other caches listen to entries; an attempt repository never registers a listener. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the attempt cache has no entry listeners");
    }
}
