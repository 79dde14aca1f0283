"""The learned event classifier beside the coder (setting `classifier`; see README).

encoder (MiniLM, in torch) -> head (fitted softmax) -> scoring (the API: `load_classifier().score(sentences)`);
labels reads the classes and training sentences; candidates, choice, recall and apply are its uses in the
pipeline; static is a measured trial (a static encoder distilled from MiniLM, and a cascade) that the
pipeline does not use. Importing this package imports neither torch nor the model.
"""
