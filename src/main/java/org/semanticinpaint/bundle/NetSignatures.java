package org.semanticinpaint.bundle;

/**
 * The fixed contract of the three exported networks: signature keys and tensor names, shapes (NHWC, batch
 * dimension free) and ranges. Training exports with these names, the bundle loader checks them, the engine
 * feeds and fetches them. docs/bundle-format.md documents the same table.
 */
public final class NetSignatures {

	private NetSignatures() {}

	/** Signature key of every exported network. */
	public static final String KEY = "serving_default";

	/** Folder of stage 1: image (T x T x C, [-1, 1]) + mask (T x T x 1, 1 = missing) -> coarse + features. */
	public static final String INPAINT = "inpaint";
	public static final String INPAINT_IMAGE = "image";
	public static final String INPAINT_MASK = "mask";
	public static final String INPAINT_COARSE = "coarse";
	public static final String INPAINT_FEATURES = "features";

	/** Folder of the segmentation network: image (T x T x C, [-1, 1]) -> probabilities (T x T x K, softmax). */
	public static final String SEGMENT = "segment";
	public static final String SEGMENT_IMAGE = "image";
	public static final String SEGMENT_PROBABILITIES = "probabilities";

	/**
	 * Folder of stage 2: features (T/4 x T/4 x F) + labels (T x T x K, one-hot) + stage 1's coarse fill (T x T x C,
	 * [-1, 1]) -> image (T x T x C, [-1, 1]).
	 */
	public static final String DECODE = "decode";
	public static final String DECODE_FEATURES = "features";
	public static final String DECODE_LABELS = "labels";
	public static final String DECODE_COARSE = "coarse";
	public static final String DECODE_IMAGE = "image";

	/** Version of this contract, written into model.json (2: stage 2 takes the coarse fill and adds to it). */
	public static final int FORMAT_VERSION = 2;

	/** Oldest version still read: format 1's decode renders from features and labels alone (no "coarse" input). */
	public static final int OLDEST_FORMAT_VERSION = 1;

	/** Whether a bundle of this format feeds stage 1's coarse fill to stage 2. */
	public static boolean decodeTakesCoarse(int formatVersion) {
		return formatVersion >= 2;
	}
}
