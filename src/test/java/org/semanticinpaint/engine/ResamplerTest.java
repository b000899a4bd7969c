package org.semanticinpaint.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.Test;

class ResamplerTest {

	@Test
	void shrinkingAveragesAreas() {
		float[] src = { 1, 3, 5, 7, 1, 3, 5, 7 }; // 4 x 2
		assertArrayEquals(new float[] { 2, 6 }, resize(src, 4, 2, 1, 2, 1), 1e-6f);
	}

	@Test
	void nonIntegerShrinkKeepsTheMean() {
		float[] src = new float[7 * 7];
		for (int i = 0; i < src.length; i++) src[i] = i % 7;
		float[] out = resize(src, 7, 7, 1, 3, 3);
		double mean = 0;
		for (float v : out) mean += v / out.length;
		assertEquals(3.0, mean, 1e-5);
	}

	@Test
	void enlargingAConstantKeepsIt() {
		float[] out = resize(new float[] { 5, 5, 5, 5 }, 2, 2, 1, 5, 3);
		for (float v : out) assertEquals(5f, v, 1e-6f);
	}

	/** Channels stay apart: an RGB plane of two constant colours halves to one pixel of their mean. */
	@Test
	void channelsStayApart() {
		Plane out = Resampler.resize(new Plane(new float[] { 1, 10, 100, 3, 30, 300 }, 2, 1, 3), 1, 1);
		assertEquals(3, out.channels());
		assertArrayEquals(new float[] { 2, 20, 200 }, out.values(), 1e-4f);
		Plane same = Resampler.resize(out, 1, 1);
		assertArrayEquals(out.values(), same.values());
		assertNotSame(out.values(), same.values(), "a copy, never the input itself");
	}

	private static float[] resize(float[] src, int sw, int sh, int c, int dw, int dh) {
		Plane out = Resampler.resize(new Plane(src, sw, sh, c), dw, dh);
		assertEquals(dw, out.width());
		assertEquals(dh, out.height());
		return out.values();
	}

	@Test
	void labelsStayLabels() {
		byte[] out = Resampler.nearest(new byte[] { 0, 1, 2, 3 }, 2, 2, 4, 4);
		assertEquals(0, out[0]);
		assertEquals(1, out[3]);
		assertEquals(3, out[15]);
	}
}
