package org.semanticinpaint.data;

/**
 * Turns an instance-ID map (0 = background, k = object k) into semantic classes: 0 background, 1 object and,
 * when asked, 2 boundary, a band where an object meets the background or another object, so that people can
 * draw touching objects as separate ones.
 */
public final class InstanceToClasses {

	public static final int BACKGROUND = 0, OBJECT = 1, BOUNDARY = 2;

	private InstanceToClasses() {}

	/** @param boundaryWidth 0 for two classes, otherwise the band's half width in pixels */
	public static byte[] convert(int[] ids, int w, int h, int boundaryWidth) {
		byte[] out = new byte[w * h];
		for (int i = 0; i < out.length; i++) out[i] = (byte) (ids[i] > 0 ? OBJECT : BACKGROUND);
		if (boundaryWidth <= 0) return out;
		// an object pixel is boundary if a pixel within the band has a different id
		boolean[] edge = new boolean[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				int id = ids[y * w + x];
				if (id == 0) continue;
				if ((x + 1 < w && ids[y * w + x + 1] != id) || (x > 0 && ids[y * w + x - 1] != id) ||
					(y + 1 < h && ids[(y + 1) * w + x] != id) || (y > 0 && ids[(y - 1) * w + x] != id))
					edge[y * w + x] = true;
			}
		int r = boundaryWidth - 1;
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				if (!edge[y * w + x]) continue;
				for (int dy = -r; dy <= r; dy++)
					for (int dx = -r; dx <= r; dx++) {
						int xx = x + dx, yy = y + dy;
						if (xx >= 0 && yy >= 0 && xx < w && yy < h && ids[yy * w + xx] != 0) out[yy * w + xx] = BOUNDARY;
					}
			}
		return out;
	}
}
