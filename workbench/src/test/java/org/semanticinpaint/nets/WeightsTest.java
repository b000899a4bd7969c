package org.semanticinpaint.nets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WeightsTest {

	@Test
	void resumingKeepsSavedValuesOfMatchingLayersAndFreshOnesForRenamedOrReshapedLayers() {
		Weights fresh = new Weights();
		fresh.put("s1_conv1_w", new long[] { 2 }, new float[] { 0, 0 });
		fresh.put("s1_residual_w", new long[] { 1 }, new float[] { 0.001f });
		fresh.put("s1_conv2_w", new long[] { 2 }, new float[] { 5, 5 });
		Weights saved = new Weights();
		saved.put("s1_conv1_w", new long[] { 2 }, new float[] { 1, 2 });
		saved.put("s1_conv17_w", new long[] { 1 }, new float[] { 9 });
		saved.put("s1_conv2_w", new long[] { 3 }, new float[] { 7, 7, 7 });
		Weights w = fresh.updatedFrom(saved);
		assertEquals(3, w.entries().size());
		assertArrayEquals(new float[] { 1, 2 }, w.get("s1_conv1_w").values());
		assertArrayEquals(new float[] { 0.001f }, w.get("s1_residual_w").values());
		assertArrayEquals(new float[] { 5, 5 }, w.get("s1_conv2_w").values());
	}
}
