package org.semanticinpaint.ij.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A TIFF header that claims a 16-bit image of any size, followed by a few bytes instead of its pixels: what the
 * size check reads, without a test allocating gigabytes.
 */
final class HugeTiff {

	private HugeTiff() {}

	static void write(Path file, int width, int height) throws IOException {
		int[][] tags = { { 256, 4, width }, { 257, 4, height }, { 258, 3, 16 }, { 259, 3, 1 }, { 262, 3, 1 },
			{ 273, 4, 0 }, { 277, 3, 1 }, { 278, 4, height }, { 279, 4, (int) Math.min(0xffffffffL,
				2L * width * height) } };
		int ifd = 8, dataOffset = ifd + 2 + tags.length * 12 + 4;
		ByteBuffer b = ByteBuffer.allocate(dataOffset + 64).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd);
		b.putShort((short) tags.length);
		for (int[] t : tags) {
			b.putShort((short) t[0]).putShort((short) t[1]).putInt(1);
			int value = t[0] == 273 ? dataOffset : t[2];
			if (t[1] == 3) b.putShort((short) value).putShort((short) 0);
			else b.putInt(value);
		}
		b.putInt(0);
		Files.write(file, b.array());
	}
}
