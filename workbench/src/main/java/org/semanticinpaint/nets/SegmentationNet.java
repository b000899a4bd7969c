package org.semanticinpaint.nets;

import java.util.ArrayList;
import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Our segmentation network: a small U-Net (4 scales, 2 convs each, instance norm + ReLU, a rate-2 dilated conv at
 * 1/8) giving
 * per-class logits at full resolution. Its encoder doubles as the fixed feature extractor of the perceptual loss
 * (no pretrained VGG can be downloaded here).
 */
public final class SegmentationNet {

	/** @param width channels of the first scale; deeper scales have 2x, 4x, 8x */
	public record Config(int channels, int classes, int width, int tile) {
		public Config {
			if (classes < 2 || classes > 255) throw new IllegalArgumentException("classes must be 2..255: " + classes);
			if (tile % 16 != 0) throw new IllegalArgumentException("tile must be a multiple of 16: " + tile);
		}
	}

	private SegmentationNet() {}

	/** Activations of the four encoder scales (full, 1/2, 1/4, 1/8). */
	public static List<Operand<TFloat32>> encoder(NetScope s, Config c, Operand<TFloat32> image) {
		Ops tf = s.tf();
		int w = c.width();
		List<Operand<TFloat32>> feats = new ArrayList<>();
		Operand<TFloat32> x = relu(s, "enc0a", image, w, 1);
		feats.add(relu(s, "enc0b", x, w, 1));
		x = relu(s, "enc1a", feats.get(0), 2 * w, 2);
		feats.add(relu(s, "enc1b", x, 2 * w, 1));
		x = relu(s, "enc2a", feats.get(1), 4 * w, 2);
		feats.add(relu(s, "enc2b", x, 4 * w, 1));
		x = relu(s, "enc3a", feats.get(2), 8 * w, 2);
		feats.add(Activations.relu(tf, Normalization.instanceNorm(tf, DilatedConv2d.apply(s, "enc3b", x, 8 * w, 2))));
		return feats;
	}

	/** Per-class logits, N x T x T x classes. */
	public static Operand<TFloat32> logits(NetScope s, Config c, Operand<TFloat32> image) {
		Ops tf = s.tf();
		int w = c.width();
		List<Operand<TFloat32>> e = encoder(s, c, image);
		Operand<TFloat32> x = e.get(3);
		x = relu(s, "dec2", tf.concat(List.of(Resize.nearestX2(tf, x), e.get(2)), tf.constant(3)), 4 * w, 1);
		x = relu(s, "dec1", tf.concat(List.of(Resize.nearestX2(tf, x), e.get(1)), tf.constant(3)), 2 * w, 1);
		x = relu(s, "dec0", tf.concat(List.of(Resize.nearestX2(tf, x), e.get(0)), tf.constant(3)), w, 1);
		return Conv2d.apply(s, "logits", x, c.classes(), 1, 1);
	}

	private static Operand<TFloat32> relu(NetScope s, String name, Operand<TFloat32> x, int cout, int stride) {
		Ops tf = s.tf();
		return Activations.relu(tf, Normalization.instanceNorm(tf, Conv2d.apply(s, name, x, cout, 3, stride)));
	}
}
