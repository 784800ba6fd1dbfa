"""Scale: run the pipeline in parts, on Dask, for corpora too large for one process."""
