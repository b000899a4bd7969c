package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.data.RawImage;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.masks.CenterHoleMask;

class BatchSamplerTest {

	/** A flat grey RGB frame (value 128): every crop's mean tells the gain applied to it. */
	private static List<Sample> grey() {
		int w = 64, h = 64;
		float[] px = new float[w * h * 3];
		Arrays.fill(px, 128);
		return List.of(new Sample("grey", "grey", new RawImage(w, h, 3, px), new byte[w * h]));
	}

	private static BatchSampler sampler(boolean percentile) {
		return TestSamplers.sampler(grey(), 16, 2, false, percentile, new CenterHoleMask(0.5), 3);
	}

	@Test
	void brightnessJitterScalesEachRgbCropWithinItsRange() {
		BatchSampler.Batch plain = sampler(false).next(20), jittered = sampler(false).withBrightnessJitter(0.3, 1.2).next(20);
		int per = 16 * 16 * 3;
		double lowest = Double.MAX_VALUE, highest = 0;
		for (int i = 0; i < 20; i++) {
			// the fixed 0..255 mapping is linear: the ratio of normalised values + 1 (0 maps to -1) is the gain
			double gain = (jittered.image[i * per] + 1) / (plain.image[i * per] + 1);
			for (int j = 0; j < per; j++)
				assertEquals(gain, (jittered.image[i * per + j] + 1) / (plain.image[i * per + j] + 1), 1e-4);
			assertTrue(gain >= 0.3 - 1e-6 && gain <= 1.2 + 1e-6, "gain " + gain);
			lowest = Math.min(lowest, gain);
			highest = Math.max(highest, gain);
		}
		assertTrue(highest / lowest > 2, "gains should spread over the range: " + lowest + ".." + highest);
	}

	@Test
	void withoutJitterOrForMicrographsTheBatchesAreUnchanged() {
		assertArrayEquals(sampler(false).next(5).image, sampler(false).withBrightnessJitter(1, 1).next(5).image);
		assertArrayEquals(sampler(true).next(5).image, sampler(true).withBrightnessJitter(0.3, 1.2).next(5).image);
		assertThrows(IllegalArgumentException.class, () -> sampler(false).withBrightnessJitter(0, 1));
	}
}
