package org.semanticinpaint.nets;

import java.util.LinkedHashMap;
import java.util.Map;

import org.semanticinpaint.bundle.NetSignatures;
import org.semanticinpaint.bundle.Shapes;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Builds each exported network with its signature's placeholders and named outputs (NetSignatures). Training,
 * export and tests all build through here, so the names in a bundle cannot drift from the code.
 */
public final class NetGraphs {

	/** Parameter name prefixes, one per network. */
	public static final String INPAINT_PREFIX = "s1", SEGMENT_PREFIX = "seg", DECODE_PREFIX = "s2", DISC_PREFIX = "d";

	private NetGraphs() {}

	public static BuiltNet inpaint(Ops tf, EspaAutoencoder.Config c, NetScope.Mode mode, Weights w, long seed) {
		NetScope s = new NetScope(tf, INPAINT_PREFIX, mode, w, seed);
		Placeholder<TFloat32> image = placeholder(tf, NetSignatures.INPAINT_IMAGE, c.tile(), c.tile(), c.channels());
		Placeholder<TFloat32> mask = placeholder(tf, NetSignatures.INPAINT_MASK, c.tile(), c.tile(), 1);
		EspaAutoencoder.Outputs o = EspaAutoencoder.build(s, c, image, mask);
		return new BuiltNet(s, map(NetSignatures.INPAINT_IMAGE, image, NetSignatures.INPAINT_MASK, mask),
			map(NetSignatures.INPAINT_COARSE, tf.withName(NetSignatures.INPAINT_COARSE).identity(o.coarse()),
				NetSignatures.INPAINT_FEATURES, tf.withName(NetSignatures.INPAINT_FEATURES).identity(o.features())));
	}

	/** Outputs "logits" too, which training uses and the signature leaves out. */
	public static BuiltNet segment(Ops tf, SegmentationNet.Config c, NetScope.Mode mode, Weights w, long seed) {
		NetScope s = new NetScope(tf, SEGMENT_PREFIX, mode, w, seed);
		Placeholder<TFloat32> image = placeholder(tf, NetSignatures.SEGMENT_IMAGE, c.tile(), c.tile(), c.channels());
		Operand<TFloat32> logits = SegmentationNet.logits(s, c, image);
		return new BuiltNet(s, map(NetSignatures.SEGMENT_IMAGE, image),
			map(NetSignatures.SEGMENT_PROBABILITIES, tf.withName(NetSignatures.SEGMENT_PROBABILITIES).nn.softmax(logits)));
	}

	public static BuiltNet decode(Ops tf, SpadeDecoder.Config c, NetScope.Mode mode, Weights w, long seed) {
		NetScope s = new NetScope(tf, DECODE_PREFIX, mode, w, seed);
		int q = Shapes.featureSide(c.tile());
		Placeholder<TFloat32> features = placeholder(tf, NetSignatures.DECODE_FEATURES, q, q, c.featureChannels());
		Placeholder<TFloat32> labels = placeholder(tf, NetSignatures.DECODE_LABELS, c.tile(), c.tile(), c.classes());
		Placeholder<TFloat32> coarse = placeholder(tf, NetSignatures.DECODE_COARSE, c.tile(), c.tile(), c.channels());
		Operand<TFloat32> image = SpadeDecoder.build(s, c, features, labels, coarse).image();
		return new BuiltNet(s, map(NetSignatures.DECODE_FEATURES, features, NetSignatures.DECODE_LABELS, labels,
			NetSignatures.DECODE_COARSE, coarse),
			map(NetSignatures.DECODE_IMAGE, tf.withName(NetSignatures.DECODE_IMAGE).identity(image)));
	}

	public static Placeholder<TFloat32> placeholder(Ops tf, String name, long h, long w, long c) {
		return tf.withName(name).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, h, w, c)));
	}

	@SuppressWarnings("unchecked")
	private static <T> Map<String, T> map(Object... kv) {
		Map<String, T> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (T) kv[i + 1]);
		return m;
	}
}
