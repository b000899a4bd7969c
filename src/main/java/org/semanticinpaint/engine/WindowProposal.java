package org.semanticinpaint.engine;

import java.util.List;

/**
 * Stage 1 and the segmentation for one window: what Render needs again (the tile's features) and what the person
 * sees and edits (the coarse fill and the labels, both at window resolution).
 *
 * @param original window pixels as read, HWC (for the seam correction)
 * @param normalizer the window's intensity mapping
 * @param tileMask the hole at tile resolution (1 = missing)
 * @param tile the networks' outputs at tile resolution: stage 1's coarse fill (which every render adds to) and
 *        features F_c (reused by every render), the class probabilities (T*T*K) and the proposed class per pixel
 * @param coarse the coarse fill at window resolution (HWC, hole pixels meaningful)
 */
public record WindowProposal(HoleWindow window, float[] original, Normalizer normalizer, float[] tileMask,
	TileModel.TileProposal tile, float[] coarse)
{

	/** The same proposal with another coarse fill at window resolution (windows cut along one hole agree on it). */
	WindowProposal withCoarse(float[] other) {
		return new WindowProposal(window, original, normalizer, tileMask, tile, other);
	}

	/** Stage 1's F_c for this tile, reused by every render. */
	public float[] features() {
		return tile.features();
	}

	/** Stage 1's coarse fill at tile resolution, which every render adds to. */
	public float[] tileCoarse() {
		return tile.coarse();
	}

	/** Per-class probabilities at tile resolution, T*T*K. */
	public float[] probabilities() {
		return tile.probabilities();
	}

	/** Proposed class per tile pixel. */
	public byte[] tileLabels() {
		return tile.labels();
	}

	/** The windows of a list of proposals, in order. */
	static List<HoleWindow> windows(List<WindowProposal> proposals) {
		return proposals.stream().map(WindowProposal::window).toList();
	}

	/** Proposed labels at window resolution (nearest). */
	public byte[] windowLabels(int tile) {
		return Resampler.nearest(tileLabels(), tile, tile, window.width(), window.height());
	}
}
