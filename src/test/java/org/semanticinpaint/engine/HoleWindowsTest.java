package org.semanticinpaint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

class HoleWindowsTest {

	@Test
	void distantHolesGetTheirOwnWindowsAndCloseOnesShareOne() throws Exception {
		int w = 1000, h = 1000;
		byte[] m = new byte[w * h];
		m[100 * w + 100] = 1;
		m[105 * w + 104] = 1; // close to the first: same window
		m[800 * w + 800] = 1;
		List<HoleWindow> ws = HoleWindows.find(ArrayImgs.unsignedBytes(m, w, h), w, h, 128, 2.0);
		assertEquals(2, ws.size());
		for (int i = 0; i < ws.size(); i++)
			for (int j = i + 1; j < ws.size(); j++)
				assertFalse(HoleWindows.overlap(box(ws.get(i)), box(ws.get(j))));
		assertEquals(3, ws.get(0).holePixels() + ws.get(1).holePixels());
	}

	@Test
	void windowIsTwiceTheHoleAndInsideTheImage() throws Exception {
		int w = 500, h = 400;
		byte[] m = new byte[w * h];
		for (int y = 350; y < 400; y++) for (int x = 450; x < 500; x++) m[y * w + x] = 1; // corner hole 50 x 50
		HoleWindow win = HoleWindows.find(ArrayImgs.unsignedBytes(m, w, h), w, h, 128, 2.0).get(0);
		assertEquals(100, win.width());
		assertEquals(100, win.height());
		assertTrue(win.x0() + win.width() <= w && win.y0() + win.height() <= h);
	}

	@Test
	void aThinScratchGetsAThinMarginNotTwiceItsLength() throws Exception {
		int w = 1000, h = 1000;
		byte[] m = new byte[w * h];
		for (int x = 400; x < 600; x++) for (int y = 499; y < 502; y++) m[y * w + x] = 1; // 200 x 3 scratch
		HoleWindow win = HoleWindows.find(ArrayImgs.unsignedBytes(m, w, h), w, h, 128, 2.0).get(0);
		assertEquals(204, win.width(), "200 pixels plus (2 - 1) x its thickness of 4");
		assertEquals(600, win.holePixels());
	}

	@Test
	void distanceToKnownCountsRingsFromTheBorder() {
		boolean[] m = new boolean[25];
		java.util.Arrays.fill(m, true);
		int[] d = HoleWindows.distanceToKnown(m, 5, 5);
		assertEquals(1, d[0]);
		assertEquals(2, d[6]);
		assertEquals(3, d[12]);
	}

	static HoleWindows.Box box(HoleWindow w) {
		return new HoleWindows.Box(w.x0(), w.y0(), w.x0() + w.width() - 1, w.y0() + w.height() - 1);
	}
}
