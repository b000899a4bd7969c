package org.semanticinpaint.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.masks.MaskGenerator;
import org.semanticinpaint.engine.Normalizer;

/**
 * Random training tiles: a square crop of random size (half to twice the tile, so the network sees the scales
 * the engine's resized windows produce), flips and, for micrographs, 90-degree turns; intensities normalised per
 * image exactly as the engine does (the card's mode and percentiles); labels resampled by nearest neighbour.
 */
public final class BatchSampler {

	/** One batch in HWC order, ready to feed. {@code oneHot} rows are all zero where the label is ignored. */
	public static final class Batch {
		public final int count, tile, channels, classes;
		public final float[] image, mask, oneHot;

		Batch(int n, int t, int c, int k) {
			count = n;
			tile = t;
			channels = c;
			classes = k;
			image = new float[n * t * t * c];
			mask = new float[n * t * t];
			oneHot = new float[n * t * t * k];
		}
	}

	/**
	 * What the tiles look like.
	 *
	 * @param rotate allow 90-degree turns and vertical flips (micrographs have no "up")
	 * @param normalization the card's: per-image percentiles, or fixed 0..255 ("range")
	 */
	public record Tiles(int tile, int classes, boolean rotate, ModelCard.Normalization normalization) {
		/** A card's tiles; micrographs (one channel) are turned as well as flipped. */
		public static Tiles of(ModelCard card) {
			return new Tiles(card.tile, card.classCount(), card.channels == 1, card.normalization);
		}

		/** The same tiles, turned or not. */
		public Tiles rotating(boolean turn) {
			return new Tiles(tile, classes, turn, normalization);
		}

		boolean percentile() {
			return "percentile".equals(normalization.mode);
		}
	}

	private final List<Sample> samples;
	private final Tiles tiles;
	private final int tile, classes;
	private final MaskGenerator masks;
	private final Random random;
	private final Map<Sample, Normalizer> norms = new HashMap<>();
	private double minGain = 1, maxGain = 1;

	public BatchSampler(List<Sample> samples, Tiles tiles, MaskGenerator masks, long seed) {
		if (samples.isEmpty()) throw new IllegalArgumentException("no training images");
		this.samples = samples;
		this.tiles = tiles;
		this.tile = tiles.tile();
		this.classes = tiles.classes();
		this.masks = masks;
		this.random = new Random(seed);
	}

	/**
	 * Multiplies each crop of fixed-range (8-bit RGB) images by a random gain, log-uniform in [min, max], before
	 * normalising: the street bundle's validation sequence was filmed at dusk (mean grey 55 against 136-146 for
	 * the training sequences). Percentile-normalised micrographs do not need it: their normalisation removes gain.
	 */
	public BatchSampler withBrightnessJitter(double min, double max) {
		if (!(min > 0 && max >= min)) throw new IllegalArgumentException("brightness gains must be 0 < min <= max");
		minGain = min;
		maxGain = max;
		return this;
	}

	/** Whether crops get a random gain: asked for, and the images are fixed-range. */
	public boolean jittersBrightness() {
		return !tiles.percentile() && (minGain != 1 || maxGain != 1);
	}

	public Batch next(int n) {
		int c = samples.get(0).channels();
		Batch b = new Batch(n, tile, c, classes);
		for (int i = 0; i < n; i++) fill(b, i, samples.get(random.nextInt(samples.size())));
		return b;
	}

	private void fill(Batch b, int index, Sample s) {
		int t = tile, c = s.channels();
		int maxSide = Math.min(s.width(), s.height());
		int side = (int) Math.round(t * Math.pow(2, random.nextDouble() * 2 - 1));
		side = Math.max(8, Math.min(side, maxSide));
		int x0 = random.nextInt(s.width() - side + 1), y0 = random.nextInt(s.height() - side + 1);
		boolean flipX = random.nextBoolean(), flipY = tiles.rotate() && random.nextBoolean();
		boolean swap = tiles.rotate() && random.nextBoolean();
		float[] img = new float[t * t * c];
		byte[] lab = new byte[t * t];
		double scale = side / (double) t;
		for (int y = 0; y < t; y++)
			for (int x = 0; x < t; x++) {
				int u = flipX ? t - 1 - x : x, v = flipY ? t - 1 - y : y;
				if (swap) { int tmp = u; u = v; v = tmp; }
				// bilinear sample at the centre of output pixel (u, v) in crop coordinates
				double sx = x0 + (u + 0.5) * scale - 0.5, sy = y0 + (v + 0.5) * scale - 0.5;
				for (int ch = 0; ch < c; ch++) img[(y * t + x) * c + ch] = bilinear(s, sx, sy, ch);
				int nx = (int) Math.min(s.width() - 1, Math.max(0, Math.round(sx)));
				int ny = (int) Math.min(s.height() - 1, Math.max(0, Math.round(sy)));
				lab[y * t + x] = (byte) s.label(nx, ny);
			}
		if (jittersBrightness()) { // drawn only when asked, so seeds replay older runs
			double gain = Math.exp(Math.log(minGain) + random.nextDouble() * (Math.log(maxGain) - Math.log(minGain)));
			for (int i = 0; i < img.length; i++) img[i] = (float) Math.min(255, img[i] * gain);
		}
		Normalizer n = norms.computeIfAbsent(s, this::normalizer);
		for (int i = 0; i < img.length; i++) img[i] = n.toNet(img[i]);
		System.arraycopy(img, 0, b.image, index * t * t * c, img.length);
		float[] m = masks.generate(t, t, random);
		System.arraycopy(m, 0, b.mask, index * t * t, m.length);
		for (int i = 0; i < t * t; i++) {
			int k = lab[i] & 0xff;
			if (k < classes) b.oneHot[(index * t * t + i) * classes + k] = 1f;
		}
	}

	/** The mapping the engine uses: the card's percentiles of the whole image, or 0..255. */
	private Normalizer normalizer(Sample s) {
		if (!tiles.percentile()) return Normalizer.range8();
		ModelCard.Normalization n = tiles.normalization();
		return Normalizer.percentiles(s.pixels(), s.pixels().length, n.lowPercentile, n.highPercentile);
	}

	private static float bilinear(Sample s, double x, double y, int c) {
		x = Math.max(0, Math.min(s.width() - 1, x));
		y = Math.max(0, Math.min(s.height() - 1, y));
		int x0 = (int) Math.floor(x), y0 = (int) Math.floor(y);
		int x1 = Math.min(x0 + 1, s.width() - 1), y1 = Math.min(y0 + 1, s.height() - 1);
		double fx = x - x0, fy = y - y0;
		double a = s.pixel(x0, y0, c) * (1 - fx) + s.pixel(x1, y0, c) * fx;
		double b = s.pixel(x0, y1, c) * (1 - fx) + s.pixel(x1, y1, c) * fx;
		return (float) (a * (1 - fy) + b * fy);
	}
}
