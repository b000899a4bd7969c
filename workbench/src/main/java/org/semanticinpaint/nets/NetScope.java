package org.semanticinpaint.nets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Where a network's parameters come from while its graph is built. Names are flat ({@code s1_conv1_w})
 * because TensorFlow-Java's optimizers and our Adam append suffixes and reject '/'.
 *
 * <ul>
 * <li>{@link Mode#TRAINABLE}: variables initialised from given weights, or seeded He-normal values;</li>
 * <li>{@link Mode#FROZEN}: constants (a fixed perceptual network that no optimizer can touch);</li>
 * <li>{@link Mode#EXPORT}: variables without initialiser; values are assigned before a lean export.</li>
 * </ul>
 */
public final class NetScope {

	public enum Mode { TRAINABLE, FROZEN, EXPORT }

	/**
	 * What every scope of one network shares: how parameters are made, the weights to start from, the seeded
	 * generator and the registry of parameters created so far.
	 */
	private record Registry(Mode mode, Weights initial, Random random, Map<String, Operand<TFloat32>> params,
		Map<String, long[]> shapes) {}

	private final Ops tf;
	private final String prefix;
	private final Registry registry;
	private final boolean reuse;

	public NetScope(Ops tf, String prefix, Mode mode, Weights initial, long seed) {
		this(tf, prefix, new Registry(mode, initial, new Random(seed), new LinkedHashMap<>(), new LinkedHashMap<>()),
			false);
	}

	private NetScope(Ops tf, String prefix, Registry registry, boolean reuse) {
		this.tf = tf;
		this.prefix = prefix;
		this.registry = registry;
		this.reuse = reuse;
	}

	/** A child scope whose parameter names get {@code _name} appended; shares the registry. */
	public NetScope child(String name) {
		return new NetScope(tf, prefix + "_" + name, registry, reuse);
	}

	/** The same scope, returning already created parameters instead of new ones (a network applied twice). */
	public NetScope reusing() {
		return new NetScope(tf, prefix, registry, true);
	}

	public Ops tf() {
		return tf;
	}

	public Mode mode() {
		return registry.mode();
	}

	/** Weight with He-normal initialisation for fan-in {@code fanIn}. */
	public Operand<TFloat32> weight(String name, int fanIn, long... shape) {
		return param(name, shape, (float) Math.sqrt(2.0 / fanIn));
	}

	/** Weight with a given initial standard deviation. */
	public Operand<TFloat32> weightStd(String name, float std, long... shape) {
		return param(name, shape, std);
	}

	public Operand<TFloat32> zeros(String name, long... shape) {
		return param(name, shape, 0f);
	}

	public Operand<TFloat32> ones(String name, long... shape) {
		return param(name, shape, Float.NaN);
	}

	/** std NaN means "all ones", 0 means "all zeros". */
	private Operand<TFloat32> param(String name, long[] shape, float std) {
		String full = prefix + "_" + name;
		Map<String, Operand<TFloat32>> params = registry.params();
		Mode mode = registry.mode();
		Weights initial = registry.initial();
		Random random = registry.random();
		if (reuse && params.containsKey(full)) return params.get(full);
		if (params.containsKey(full)) throw new IllegalStateException("parameter defined twice: " + full);
		int n = 1;
		for (long d : shape) n *= (int) d;
		float[] values = new float[n];
		if (std != 0f) for (int i = 0; i < n; i++) values[i] = Float.isNaN(std) ? 1f : (float) (random.nextGaussian() * std);
		if (initial != null && initial.contains(full)) {
			Weights.Entry e = initial.get(full);
			if (e.values().length != n) throw new IllegalArgumentException("weights for " + full + " have " +
				e.values().length + " values, the network needs " + n);
			values = e.values();
		}
		else if (mode != Mode.TRAINABLE && mode != Mode.EXPORT) {
			throw new IllegalArgumentException("no weights for frozen parameter " + full);
		}
		Ops root = tf.withName(full);
		Operand<TFloat32> p = switch (mode) {
			case FROZEN -> root.constant(Shape.of(shape), DataBuffers.of(values, true, false));
			case EXPORT -> root.variable(Shape.of(shape), TFloat32.class);
			case TRAINABLE -> root.variable(tf.constant(Shape.of(shape), DataBuffers.of(values, true, false)));
		};
		params.put(full, p);
		registry.shapes().put(full, shape.clone());
		return p;
	}

	/** All parameters created through this scope tree, in creation order. */
	public Map<String, Operand<TFloat32>> parameters() {
		return registry.params();
	}

	/** Only the variables (what an optimizer updates). */
	public List<Variable<TFloat32>> variables() {
		List<Variable<TFloat32>> out = new ArrayList<>();
		for (Operand<TFloat32> p : registry.params().values()) if (p instanceof Variable<TFloat32> v) out.add(v);
		return out;
	}

	public Map<String, long[]> shapes() {
		return registry.shapes();
	}

	public long parameterCount() {
		long n = 0;
		for (long[] s : registry.shapes().values()) {
			long k = 1;
			for (long d : s) k *= d;
			n += k;
		}
		return n;
	}
}
