package org.semanticinpaint.bundle;

import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;

/** Session options: thread counts, and the grappler remapper off (it logs a harmless error during training). */
public final class TfConfig {

	private TfConfig() {}

	/** @param threads intra-op threads; 0 lets TensorFlow use every core */
	public static ConfigProto session(int threads) {
		ConfigProto.Builder b = ConfigProto.newBuilder();
		if (threads > 0) b.setIntraOpParallelismThreads(threads).setInterOpParallelismThreads(1);
		b.setGraphOptions(GraphOptions.newBuilder().setRewriteOptions(
			RewriterConfig.newBuilder().setRemapping(RewriterConfig.Toggle.OFF)));
		return b.build();
	}
}
