package org.semanticinpaint.train;

import java.util.List;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.masks.MaskGenerator;

/** Batch samplers for tests: percentile normalisation at the card's default percentiles, or the fixed 0..255. */
final class TestSamplers {

	private TestSamplers() {}

	static BatchSampler sampler(List<Sample> samples, int tile, int classes, boolean rotate, boolean percentile,
		MaskGenerator masks, long seed)
	{
		ModelCard.Normalization n = new ModelCard.Normalization();
		n.mode = percentile ? "percentile" : "range";
		return new BatchSampler(samples, new BatchSampler.Tiles(tile, classes, rotate, n), masks, seed);
	}
}
