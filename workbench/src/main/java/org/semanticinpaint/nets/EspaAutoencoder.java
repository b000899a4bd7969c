package org.semanticinpaint.nets;

import java.util.List;

import org.semanticinpaint.bundle.Shapes;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Stage 1: the ESPA autoencoder, layer for layer as in the authors' networks.py (DESIGN.md 1). Every conv has a
 * bias and an ELU; no normalisation; images in [-1, 1]; output clamped to [-1, 1]. One change for a CPU training
 * budget: the hole enters pre-filled by {@link PushPullFill} and the last conv (conv17) adds a residual to that fill.
 */
public final class EspaAutoencoder {

	/**
	 * @param channels image channels (1 for micrographs, 3 for RGB)
	 * @param width cnum (32 in the paper); features have 4 x width channels
	 * @param tile input height and width (divisible by 64 so that the rate-16 dilation fits at tile / 4)
	 * @param espa false builds the paper's ablation without the ESPA branch
	 */
	public record Config(int channels, int width, int tile, boolean espa) {
		public Config {
			if (!Shapes.isChannels(channels)) throw new IllegalArgumentException("channels must be 1 or 3: " + channels);
			if (width < 2 || width % 2 != 0) throw new IllegalArgumentException("width must be even: " + width);
			if (!Shapes.isTile(tile)) throw new IllegalArgumentException("tile must be a multiple of " +
				Shapes.TILE_MULTIPLE + ": " + tile);
		}

		public int featureChannels() {
			return Shapes.featureChannels(width);
		}

		/** The paper's settings: RGB, cnum 32, 256 x 256, with ESPA. */
		public static Config paper() {
			return new Config(3, 32, 256, true);
		}
	}

	/**
	 * Coarse fill (N x T x T x channels), the same before the clamp (train on this one: the clamp has no
	 * gradient outside [-1, 1], so a loss on the clamped output cannot pull saturated pixels back), and the
	 * reconstructed features F_c (N x T/4 x T/4 x 4 width).
	 */
	public record Outputs(Operand<TFloat32> coarse, Operand<TFloat32> unclamped, Operand<TFloat32> features) {}

	private static final float OUTPUT_INIT_STD = 1e-3f;

	private EspaAutoencoder() {}

	/**
	 * @param image N x T x T x channels in [-1, 1]; the hole's pixels are ignored
	 * @param mask N x T x T x 1, 1 = missing
	 */
	public static Outputs build(NetScope s, Config c, Operand<TFloat32> image, Operand<TFloat32> mask) {
		Ops tf = s.tf();
		int w = c.width();
		Operand<TFloat32> masked = tf.math.mul(image, tf.math.sub(tf.constant(1f), mask));
		Operand<TFloat32> ones = tf.onesLike(mask);
		// the hole starts from a smooth fill (ours; the paper feeds zeros) and the network adds a residual to it
		Operand<TFloat32> base = PushPullFill.apply(tf, image, mask);
		Operand<TFloat32> x = tf.concat(List.of(base, ones, mask), tf.constant(3));
		x = conv(s, "conv1", x, w, 5, 1);
		x = conv(s, "conv2", x, 2 * w, 3, 2);
		x = conv(s, "conv3", x, 2 * w, 3, 1);
		x = conv(s, "conv4", x, 4 * w, 3, 2);
		x = conv(s, "conv5", x, 4 * w, 3, 1);
		Operand<TFloat32> conv6 = conv(s, "conv6", x, 4 * w, 3, 1);
		x = conv6;
		int[] rates = { 2, 4, 8, 16 };
		for (int i = 0; i < rates.length; i++)
			x = Activations.elu(tf, DilatedConv2d.apply(s, "conv" + (7 + i), x, 4 * w, rates[i]));
		if (c.espa()) x = tf.math.add(x, ExternalSpatialAttention.apply(s, "espa", conv6, masked, mask));
		x = conv(s, "conv11", x, 4 * w, 3, 1);
		Operand<TFloat32> features = conv(s, "conv12", x, c.featureChannels(), 3, 1);
		x = Resize.nearestX2(tf, features);
		x = conv(s, "conv13", x, 2 * w, 3, 1);
		x = conv(s, "conv14", x, 2 * w, 3, 1);
		x = Resize.nearestX2(tf, x);
		x = conv(s, "conv15", x, w, 3, 1);
		x = conv(s, "conv16", x, w / 2, 3, 1);
		// conv17 predicts the residual over the smooth fill; small initial weights start it near zero
		Operand<TFloat32> out = tf.math.add(base, Conv2d.apply(s, "residual", x, c.channels(), 3, 1, true, OUTPUT_INIT_STD));
		Operand<TFloat32> coarse = tf.clipByValue(out, tf.constant(-1f), tf.constant(1f));
		return new Outputs(coarse, out, features);
	}

	private static Operand<TFloat32> conv(NetScope s, String name, Operand<TFloat32> x, int cout, int k, int stride) {
		return Activations.elu(s.tf(), Conv2d.apply(s, name, x, cout, k, stride));
	}
}
