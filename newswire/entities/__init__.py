"""newswire.entities"""
