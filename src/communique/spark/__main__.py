"""`python -m communique.spark INPUT OUTPUT`, or this file's path given to `spark-submit`.

Absolute imports only, so that spark-submit can run this file as a script.
"""
from communique.spark.job import main

if __name__ == "__main__":
    raise SystemExit(main())
