package org.semanticinpaint.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.engine.HoleWindows;

/** The large-image inputs: discs spread so that the engine gives each its own window, and a full 16-bit range. */
class SyntheticTest {

	@Test
	void discsGetOneWindowEach() throws Exception {
		for (int side : new int[] { 512, 2048 })
			for (int count : new int[] { 1, 10 }) {
				ArrayImg<UnsignedByteType, ByteArray> m = Synthetic.discs(side, side, count, 40, 4);
				int pixels = 0;
				for (byte b : m.update(null).getCurrentStorageArray()) pixels += b;
				// a 40-pixel disc has about pi * 20^2 = 1257 pixels
				assertEquals(count * 1257, pixels, count * 60, side + " px, " + count + " discs");
				// context factor 2 around a 40-pixel hole: 80-pixel windows; tile 128 (the smallest shipped)
				assertEquals(count, HoleWindows.find(m, side, side, 128, 2).size(), side + " px, " + count + " discs");
			}
	}

	@Test
	void gray16SpansMostOfTheRange() {
		ArrayImg<UnsignedShortType, ShortArray> img = Synthetic.gray16(300, 200, 1);
		int lo = 65535, hi = 0;
		for (short s : img.update(null).getCurrentStorageArray()) {
			lo = Math.min(lo, s & 0xffff);
			hi = Math.max(hi, s & 0xffff);
		}
		assertTrue(lo < 15000 && hi > 50000, lo + ".." + hi);
	}

	@Test
	void tileIsInTheNetworkRange() {
		float[] t = Synthetic.tile(64, 3, 1);
		assertEquals(64 * 64 * 3, t.length);
		for (float v : t) assertTrue(v >= -1 && v <= 1);
	}
}
