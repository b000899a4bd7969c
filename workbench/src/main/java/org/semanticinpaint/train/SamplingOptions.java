package org.semanticinpaint.train;

import java.util.List;
import java.util.Map;

/**
 * How training tiles are drawn.
 *
 * @param scratches, squares shares of the masks (rectangles 0.3, free-form strokes the rest)
 * @param minGain, maxGain range of a random brightness gain on each 8-bit RGB crop (1, 1: none)
 * @param coarseInputs share of segmentation crops whose hole stage 1 fills, as a proposal sees it
 */
public record SamplingOptions(double scratches, double squares, double minGain, double maxGain, float coarseInputs) {

	public SamplingOptions {
		if (!(minGain > 0 && maxGain >= minGain))
			throw new IllegalArgumentException("brightness gains must be 0 < min <= max");
		SegmentationTrainer.CoarseInputs.requireShare(coarseInputs);
	}

	/** From {@code --scratches}, {@code --squares}, {@code --brightness} and {@code --coarse-inputs}. */
	static SamplingOptions of(Map<String, String> a) {
		List<String> gains = TrainOptions.list(a.getOrDefault("brightness", "1,1"));
		return new SamplingOptions(Double.parseDouble(a.getOrDefault("scratches", "0.2")),
			Double.parseDouble(a.getOrDefault("squares", "0")), Double.parseDouble(gains.get(0)),
			Double.parseDouble(gains.get(gains.size() - 1)), Float.parseFloat(a.getOrDefault("coarse-inputs", "0")));
	}
}
