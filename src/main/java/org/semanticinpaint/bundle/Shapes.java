package org.semanticinpaint.bundle;

/**
 * The tensor shapes a card implies, the one home of the contract's arithmetic (NHWC, batch dimension left out,
 * {@link NetSignatures} names the tensors): images and masks are tile x tile, stage 1's features F_c are a quarter
 * of that on each side with 4 x {@code widths.inpaint} channels, label maps have one channel per class. The bundle
 * loader checks the exported signatures against these, the engine feeds them, the workbench builds them.
 *
 * @param tile side of every network's square input (T)
 * @param channels image channels (C: 1 or 3)
 * @param classes semantic classes (K)
 * @param featureChannels channels of stage 1's features (F)
 */
public record Shapes(int tile, int channels, int classes, int featureChannels) {

	/** Stage 1's features are this many times smaller than the tile on each side (two stride-2 convolutions). */
	public static final int FEATURE_STRIDE = 4;
	/** Stage 1's feature channels per unit of its width (cnum): conv4 to conv12 have 4 x cnum channels. */
	public static final int FEATURE_WIDTH_FACTOR = 4;

	/** Tiles are multiples of this: stage 1's rate-16 dilation must fit its T/4 features. */
	public static final int TILE_MULTIPLE = 64;

	/** Whether a tile side is one the networks take: a positive multiple of {@link #TILE_MULTIPLE}. */
	public static boolean isTile(int tile) {
		return tile >= TILE_MULTIPLE && tile % TILE_MULTIPLE == 0;
	}

	/** Whether images of this many channels are ones a bundle can take: 1 (grayscale) or 3 (RGB). */
	public static boolean isChannels(int channels) {
		return channels == 1 || channels == 3;
	}

	/** The shapes of a validated card ({@link CardValidator}). */
	public static Shapes of(ModelCard card) {
		return new Shapes(card.tile, card.channels, card.classCount(), featureChannels(card.widths.inpaint));
	}

	/** Side of stage 1's features for a tile of this side: T / 4. */
	public static int featureSide(int tile) {
		return tile / FEATURE_STRIDE;
	}

	/** Channels of stage 1's features for this stage 1 width: 4 x width. */
	public static int featureChannels(int inpaintWidth) {
		return FEATURE_WIDTH_FACTOR * inpaintWidth;
	}

	public int featureSide() {
		return featureSide(tile);
	}

	/** Pixels of one tile, T * T. */
	public int tilePixels() {
		return tile * tile;
	}

	/** An image (stage 1's and the segmentation's input, the coarse and fine fills): T x T x C. */
	public long[] image() {
		return dims(tile, tile, channels);
	}

	/** Stage 1's hole mask, 1 = missing: T x T x 1. */
	public long[] mask() {
		return dims(tile, tile, 1);
	}

	/** Stage 1's features F_c, stage 2's input: T/4 x T/4 x F. */
	public long[] features() {
		return dims(featureSide(), featureSide(), featureChannels);
	}

	/** Class probabilities and one-hot labels: T x T x K. */
	public long[] labels() {
		return dims(tile, tile, classes);
	}

	private static long[] dims(long h, long w, long c) {
		return new long[] { h, w, c };
	}
}
