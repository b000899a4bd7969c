package org.semanticinpaint.nets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named weight arrays of one network, in creation order. The single exchange format between a training
 * session, an exported SavedModel and a rebuilt graph: variables are matched by their flat names.
 */
public final class Weights {

	/** One named array with its shape (TensorFlow order, e.g. [kh, kw, cin, cout]). */
	public record Entry(long[] shape, float[] values) {}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	public void put(String name, long[] shape, float[] values) {
		long n = 1;
		for (long d : shape) n *= d;
		if (n != values.length) throw new IllegalArgumentException(name + ": " + values.length + " values for shape of " + n);
		entries.put(name, new Entry(shape.clone(), values));
	}

	public Entry get(String name) {
		return entries.get(name);
	}

	public boolean contains(String name) {
		return entries.containsKey(name);
	}

	public Map<String, Entry> entries() {
		return Collections.unmodifiableMap(entries);
	}

	/**
	 * These names and shapes with the values of {@code saved} wherever it has the same name and shape: resuming a
	 * network whose layers were renamed or added since {@code saved} was written.
	 */
	public Weights updatedFrom(Weights saved) {
		Weights w = new Weights();
		entries.forEach((name, e) -> {
			Entry s = saved.get(name);
			w.put(name, e.shape, s != null && java.util.Arrays.equals(s.shape, e.shape) ? s.values : e.values);
		});
		return w;
	}

	public long parameterCount() {
		long n = 0;
		for (Entry e : entries.values()) n += e.values.length;
		return n;
	}
}
