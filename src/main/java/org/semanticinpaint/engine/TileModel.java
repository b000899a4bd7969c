package org.semanticinpaint.engine;

import java.util.Map;

import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.NetSignatures;
import org.semanticinpaint.bundle.Shapes;
import org.tensorflow.Result;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * The three networks on one network-sized tile, in plain arrays (HWC order, values in [-1, 1]). Every tensor and
 * result is closed here; the bundle's sessions belong to the caller.
 */
public final class TileModel {

	/** Stage 1 and segmentation outputs for one tile. */
	public record TileProposal(float[] coarse, float[] features, float[] probabilities, byte[] labels) {}

	private final ModelBundle bundle;
	private final Shapes shapes;
	private final boolean decodeTakesCoarse;

	public TileModel(ModelBundle bundle) {
		this.bundle = bundle;
		ModelCard c = bundle.card();
		this.shapes = c.shapes();
		this.decodeTakesCoarse = NetSignatures.decodeTakesCoarse(c.formatVersion);
	}

	/** The tensor shapes of the bundle's networks. */
	public Shapes shapes() {
		return shapes;
	}

	public int tile() {
		return shapes.tile();
	}

	public int channels() {
		return shapes.channels();
	}

	public int classes() {
		return shapes.classes();
	}

	/**
	 * @param image T*T*C values in [-1, 1] (hole values are ignored)
	 * @param mask T*T values, 1 = missing
	 */
	public TileProposal propose(float[] image, float[] mask) {
		float[] coarse, features;
		try (TFloat32 ti = tensor(image, shapes.image()); TFloat32 tm = tensor(mask, shapes.mask());
			Result r = bundle.inpaint().call(Map.of(NetSignatures.INPAINT_IMAGE, ti, NetSignatures.INPAINT_MASK, tm)))
		{
			coarse = array(r.get(NetSignatures.INPAINT_COARSE).get());
			features = array(r.get(NetSignatures.INPAINT_FEATURES).get());
		}
		// segment the coarse composite: the known pixels are the truth, the hole is stage 1's guess
		float[] composite = new float[image.length];
		int channels = shapes.channels();
		for (int i = 0; i < shapes.tilePixels(); i++)
			for (int c = 0; c < channels; c++) {
				int k = i * channels + c;
				composite[k] = mask[i] > 0.5f ? coarse[k] : image[k];
			}
		float[] probs = segment(composite);
		return new TileProposal(coarse, features, probs, argmax(probs, shapes.classes()));
	}

	/** Class probabilities, T*T*K. */
	public float[] segment(float[] image) {
		try (TFloat32 ti = tensor(image, shapes.image());
			Result r = bundle.segment().call(Map.of(NetSignatures.SEGMENT_IMAGE, ti)))
		{
			return array(r.get(NetSignatures.SEGMENT_PROBABILITIES).get());
		}
	}

	/**
	 * Stage 2 on edited labels (T*T class ids) over stage 1's coarse fill (T*T*C; format 1 bundles ignore it): the
	 * fine image, T*T*C in [-1, 1].
	 */
	public float[] render(float[] features, float[] coarse, byte[] labels) {
		int classes = shapes.classes();
		float[] oneHot = new float[shapes.tilePixels() * classes];
		for (int i = 0; i < shapes.tilePixels(); i++) {
			int k = labels[i] & 0xff;
			if (k < classes) oneHot[i * classes + k] = 1f;
		}
		try (TFloat32 tf = tensor(features, shapes.features()); TFloat32 tl = tensor(oneHot, shapes.labels());
			TFloat32 tc = decodeTakesCoarse ? tensor(coarse, shapes.image()) : null;
			Result r = bundle.decode().call(decodeTakesCoarse
				? Map.of(NetSignatures.DECODE_FEATURES, tf, NetSignatures.DECODE_LABELS, tl, NetSignatures.DECODE_COARSE, tc)
				: Map.of(NetSignatures.DECODE_FEATURES, tf, NetSignatures.DECODE_LABELS, tl)))
		{
			return array(r.get(NetSignatures.DECODE_IMAGE).get());
		}
	}

	public static byte[] argmax(float[] probs, int k) {
		byte[] out = new byte[probs.length / k];
		for (int i = 0; i < out.length; i++) {
			int best = 0;
			for (int c = 1; c < k; c++) if (probs[i * k + c] > probs[i * k + best]) best = c;
			out[i] = (byte) best;
		}
		return out;
	}

	/** @param hwc the shape without the batch dimension ({@link Shapes}) */
	static TFloat32 tensor(float[] data, long[] hwc) {
		long h = hwc[0], w = hwc[1], c = hwc[2];
		if (data.length != h * w * c) throw new IllegalArgumentException("expected " + (h * w * c) + " values, got " +
			data.length);
		return TFloat32.tensorOf(Shape.of(1, h, w, c), DataBuffers.of(data, true, false));
	}

	static float[] array(Tensor t) {
		TFloat32 f = (TFloat32) t;
		float[] out = new float[(int) f.shape().size()];
		f.copyTo(DataBuffers.of(out, false, false));
		return out;
	}
}
