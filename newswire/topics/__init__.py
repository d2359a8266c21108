"""newswire.topics"""
