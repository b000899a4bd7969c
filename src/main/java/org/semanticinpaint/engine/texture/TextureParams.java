package org.semanticinpaint.engine.texture;

/**
 * Settings of the exemplar-based synthesis. Distances are in squared units of the data range per pixel.
 *
 * @param patchRadius patches are (2r+1) x (2r+1)
 * @param guideWeight weight of the guide (structure and brightness) in the patch distance
 * @param estimateWeight weight of the current estimate (texture continuity with what is already there)
 * @param labelPenalty added per patch pixel whose source class differs from the wanted class
 * @param guideSigma blur of the guide, in pixels of the finest level: the scale below which detail is the image's
 * @param coarseIterations search-and-vote rounds on every level but the finest
 * @param fineIterations rounds on the finest level
 * @param finalVoteSigma the Gaussian weighting the overlapping patches' say in the final fill, in pixels
 * @param seed the random search's seed: equal inputs and seed give equal fills
 */
public record TextureParams(int patchRadius, double guideWeight, double estimateWeight, double labelPenalty,
	double guideSigma, int coarseIterations, int fineIterations, double finalVoteSigma, long seed)
{
	public static TextureParams defaults() {
		return new TextureParams(3, 1.0, 1.0, 0.25, 2.0, 3, 1, 0.5, 1);
	}

	public TextureParams withGuideSigma(double s) {
		return new TextureParams(patchRadius, guideWeight, estimateWeight, labelPenalty, s, coarseIterations,
			fineIterations, finalVoteSigma, seed);
	}

	public TextureParams withSeed(long s) {
		return new TextureParams(patchRadius, guideWeight, estimateWeight, labelPenalty, guideSigma, coarseIterations,
			fineIterations, finalVoteSigma, s);
	}
}
