package org.semanticinpaint.data.masks;

/** Bins masks by hole area, as inpainting papers report free-form results: (0-10%], (10-20%], ... (50-60%]. */
public final class HoleAreaBins {

	public static final double[] EDGES = { 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6 };

	private HoleAreaBins() {}

	/** Bin index for a hole fraction, or -1 beyond the last edge or for an empty mask. */
	public static int bin(double area) {
		for (int i = 0; i + 1 < EDGES.length; i++) if (area > EDGES[i] && area <= EDGES[i + 1]) return i;
		return -1;
	}

	public static String label(int bin) {
		return String.format("%d-%d%%", Math.round(EDGES[bin] * 100), Math.round(EDGES[bin + 1] * 100));
	}
}
