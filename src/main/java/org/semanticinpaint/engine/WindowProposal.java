package org.semanticinpaint.engine;

import java.util.List;

/**
 * Stage 1 and the segmentation for one window: what Render needs again (the tile's features) and what the person
 * sees and edits (the coarse fill and the labels, both at window resolution).
 *
 * @param original window pixels as read, HWC (for the seam correction)
 * @param normalizer the window's intensity mapping
 * @param tileMask the hole at tile resolution (1 = missing)
 * @param features stage 1's F_c for this tile, reused by every render
 * @param tileCoarse stage 1's coarse fill at tile resolution, which every render adds to
 * @param probabilities per-class probabilities at tile resolution, T*T*K
 * @param tileLabels proposed class per tile pixel
 * @param coarse the coarse fill at window resolution (HWC, hole pixels meaningful)
 */
public record WindowProposal(HoleWindow window, float[] original, Normalizer normalizer, float[] tileMask,
	float[] features, float[] tileCoarse, float[] probabilities, byte[] tileLabels, float[] coarse)
{

	/** The windows of a list of proposals, in order. */
	static List<HoleWindow> windows(List<WindowProposal> proposals) {
		return proposals.stream().map(WindowProposal::window).toList();
	}

	/** Proposed labels at window resolution (nearest). */
	public byte[] windowLabels(int tile) {
		return Resampler.nearest(tileLabels, tile, tile, window.width(), window.height());
	}
}
